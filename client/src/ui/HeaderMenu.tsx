import { Button, Group, Paper, Stack } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLogout } from '../lib/auth/useLogout';
import { LanguageSwitch } from './LanguageSwitch';
import { NavLinks } from './NavLinks';
import classes from './AppHeader.module.css';

/**
 * The header's menu on narrow screens: a disclosure button (not a menu widget: it holds ordinary
 * links) that shows the navigation, the language and logging out below the header's one row.
 * Escape closes it and puts focus back on the button.
 */
export function HeaderMenu() {
  const { t } = useTranslation();
  const logout = useLogout();
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <>
      <Button
        ref={buttonRef}
        variant="default"
        size="sm"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        leftSection={<span aria-hidden className={open ? classes.iconClose : classes.iconMenu} />}
      >
        {t('nav.menu')}
      </Button>
      <Paper
        ref={panelRef}
        id={panelId}
        hidden={!open}
        shadow="md"
        withBorder
        className={classes.menuPanel}
        component="nav"
        aria-label={t('nav.label')}
      >
        <Stack gap="md" p="md">
          {/* A followed link closes the menu; the new page's content gets focus (AppLayout). */}
          <NavLinks layout="column" onNavigate={() => setOpen(false)} />
          <Group justify="space-between" gap="sm">
            <LanguageSwitch />
            <Button variant="default" size="sm" onClick={() => void logout()}>
              {t('nav.logout')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </>
  );
}
