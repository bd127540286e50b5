import { Container } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { AppHeader } from './AppHeader';
import classes from './AppLayout.module.css';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

/** Page frame: skip link, header with navigation, and the main landmark. */
export function AppLayout() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, start screen readers and keyboard users at the new page's content.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <>
      <SkipLink />
      <AppHeader />
      <main id={MAIN_CONTENT_ID} ref={mainRef} tabIndex={-1} className={classes.main}>
        <Container size="lg" py="xl">
          <Outlet />
        </Container>
      </main>
    </>
  );
}
