import type { Namespace } from 'socket.io';
import { accessChangeSchema, type AccessEvents } from '../access-events/access-events';

const RELAY_EVENT = 'access:changed';

/**
 * Carries access changes to every other server process through the Socket.IO adapter (Redis when
 * several processes run), so each decides again for the connections it holds. A lone process has
 * nobody to tell.
 */
export function relayAccessChanges(namespace: Namespace, events: AccessEvents): void {
  events.useRelay((change) => namespace.serverSideEmit(RELAY_EVENT, change));
  namespace.on(RELAY_EVENT, (change: unknown) => {
    const parsed = accessChangeSchema.safeParse(change);
    if (parsed.success) events.receive(parsed.data);
  });
}
