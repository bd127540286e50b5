import { useSyncExternalStore } from 'react';
import { session, type SessionState } from './session';

/** The current session state; re-renders on login, logout and profile changes. */
export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState);
}
