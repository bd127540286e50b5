import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';
import { collabDocuments, type CollabDocumentState, type CollabUser } from './collabDocuments';
import { userColour } from './userColour';

/** How the logged-in user appears to the others in a shared document. */
export function useCollabUser(): CollabUser {
  const { id, name } = useCurrentUser();
  return useMemo(() => ({ name, color: userColour(id) }), [id, name]);
}

/**
 * Opens a shared document for as long as the component is mounted: synced with the server,
 * kept on this device, with the user's name and colour shown to the others. `null` until open.
 */
export function useCollabDocument(docId: string): CollabDocumentState | null {
  const user = useCollabUser();
  const subscribe = useCallback(
    (listener: () => void) => collabDocuments.subscribe(docId, user, listener),
    [docId, user],
  );
  return useSyncExternalStore(subscribe, () => collabDocuments.getState(docId));
}
