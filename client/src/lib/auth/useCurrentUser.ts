import type { User } from '@leernetwerk/shared';
import { useSession } from './useSession';

/** The logged-in user; only for pages behind RequireAuth, which never render for guests. */
export function useCurrentUser(): User {
  const state = useSession();
  if (state.status !== 'authenticated') throw new Error('useCurrentUser used outside RequireAuth');
  return state.user;
}
