import { Anchor, Box, Button, Container, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { useLogout } from '../lib/auth/useLogout';
import { useSession } from '../lib/auth/useSession';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveStatus } from './LiveStatus';
import classes from './AppHeader.module.css';

export function AppHeader() {
  const { t } = useTranslation();
  const state = useSession();
  const logout = useLogout();
  const loggedIn = state.status === 'authenticated';

  return (
    <Box component="header" className={classes.header}>
      <Container size="lg" py="sm">
        <Group justify="space-between" gap="sm">
          <Anchor component={Link} to="/" fw={700} c="blue.9" underline="never">
            {t('app.name')}
          </Anchor>
          {loggedIn && (
            <nav aria-label={t('nav.label')}>
              <Group gap="md" component="ul" className={classes.navList}>
                <li>
                  <NavLink to="/" end className={classes.navLink}>
                    {t('nav.home')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/notities" className={classes.navLink}>
                    {t('nav.notes')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/profiel" className={classes.navLink}>
                    {t('nav.profile')}
                  </NavLink>
                </li>
              </Group>
            </nav>
          )}
          <Group gap="md">
            {loggedIn && <LiveStatus />}
            {loggedIn && <NotificationBell />}
            <LanguageSwitch />
            {loggedIn && (
              <Button variant="default" size="sm" onClick={() => void logout()}>
                {t('nav.logout')}
              </Button>
            )}
          </Group>
        </Group>
      </Container>
    </Box>
  );
}
