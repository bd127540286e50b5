import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../../lib/auth/useSession';
import { PageLoader } from '../../ui/PageLoader';

/** Where a guest wanted to go, carried to the login page so we can bring them back. */
export interface ReturnState {
  from?: string;
}

/** Guests see nothing but the login page; they return to where they wanted to go after logging in. */
export function RequireAuth() {
  const state = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <PageLoader />;
  if (state.status === 'guest') {
    const returnState: ReturnState =
      state.reason === 'deleted' || state.reason === 'logged-out'
        ? {}
        : { from: `${location.pathname}${location.search}${location.hash}` };
    return <Navigate to="/inloggen" replace state={returnState} />;
  }
  return <Outlet />;
}

/** Login and register are for guests only; a logged-in user goes home (or back where they came from). */
export function GuestOnly() {
  const state = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <PageLoader />;
  if (state.status === 'authenticated') {
    const from = (location.state as ReturnState | null)?.from;
    return <Navigate to={from && from.startsWith('/') ? from : '/'} replace />;
  }
  return <Outlet />;
}
