import { Anchor, Box, Button, Container, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLogout } from '../lib/auth/useLogout';
import { useSession } from '../lib/auth/useSession';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { HeaderMenu } from './HeaderMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveStatus } from './LiveStatus';
import { NavLinks } from './NavLinks';
import classes from './AppHeader.module.css';

/**
 * Wide screens: name and tools in one row, the areas below it. Narrow screens (phones): one row
 * with the name, the live status, the bell and a menu button that holds the rest.
 */
export function AppHeader() {
  const { t } = useTranslation();
  const state = useSession();
  const logout = useLogout();
  const loggedIn = state.status === 'authenticated';

  return (
    <Box component="header" className={classes.header}>
      <Container size="lg" py="xs">
        <Group justify="space-between" gap="sm" wrap="nowrap">
          <Anchor component={Link} to="/" fw={700} c="blue.9" underline="never" className={classes.brand}>
            <span className={classes.brandLong}>{t('app.name')}</span>
            <span className={classes.brandShort} aria-hidden>
              {t('app.shortName')}
            </span>
          </Anchor>
          <Group gap="md" wrap="nowrap" className={classes.tools}>
            {loggedIn && <LiveStatus />}
            {loggedIn && <NotificationBell />}
            <Box visibleFrom={loggedIn ? 'md' : undefined}>
              <LanguageSwitch />
            </Box>
            {loggedIn && (
              <Button variant="default" size="sm" visibleFrom="md" onClick={() => void logout()}>
                {t('nav.logout')}
              </Button>
            )}
            {loggedIn && (
              <Box hiddenFrom="md">
                <HeaderMenu />
              </Box>
            )}
          </Group>
        </Group>
        {loggedIn && (
          <Box component="nav" aria-label={t('nav.label')} visibleFrom="md" mt="xs">
            <NavLinks layout="row" />
          </Box>
        )}
      </Container>
    </Box>
  );
}
