import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useCurrentUser } from '../lib/auth/useCurrentUser';
import { isCurrent, navItemsFor } from './navItems';
import classes from './AppHeader.module.css';

interface NavLinksProps {
  /** `row` in the wide header, `column` in the phone menu. */
  layout: 'row' | 'column';
  onNavigate?: () => void;
}

/** The main navigation's links, only those the person's roles may use; the current page is marked. */
export function NavLinks({ layout, onNavigate }: NavLinksProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const user = useCurrentUser();
  return (
    <ul className={layout === 'row' ? classes.navRow : classes.navColumn}>
      {navItemsFor(user).map((item) => (
        <li key={item.to}>
          <Link
            to={item.to}
            className={classes.navLink}
            aria-current={isCurrent(item, pathname) ? 'page' : undefined}
            onClick={onNavigate}
          >
            {t(item.label as 'nav.home')}
          </Link>
        </li>
      ))}
    </ul>
  );
}
