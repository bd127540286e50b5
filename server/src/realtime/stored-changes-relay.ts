import type { Namespace } from 'socket.io';
import { storedChangeSchema, type StoredChanges } from '../stored-changes/stored-changes';

const RELAY_EVENT = 'stored:changed';

/**
 * Carries announced database changes to every other server process through the Socket.IO adapter
 * (Redis), so each refreshes the copy it keeps. Only other processes receive `serverSideEmit`.
 */
export function relayStoredChanges(namespace: Namespace, changes: StoredChanges): void {
  changes.useRelay((change) => namespace.serverSideEmit(RELAY_EVENT, change));
  namespace.on(RELAY_EVENT, (change: unknown) => {
    const parsed = storedChangeSchema.safeParse(change);
    if (parsed.success) changes.receive(parsed.data);
  });
}
