import type { OrganisationPresence } from '@leernetwerk/shared';
import type { Namespace } from 'socket.io';
import type { SocketData } from './socket-middleware';

export const organisationRoom = (organisationId: string): string => `organisation:${organisationId}`;

/**
 * Who of an organisation is online, across all server processes (with the Redis adapter,
 * `fetchSockets` asks every process). A person with several tabs counts once.
 */
export async function organisationPresence(
  namespace: Namespace,
  organisationId: string,
): Promise<OrganisationPresence> {
  const sockets = await namespace.in(organisationRoom(organisationId)).fetchSockets();
  const online = new Map<string, string>();
  for (const socket of sockets) {
    const { user } = socket.data as SocketData;
    online.set(user.id, user.name);
  }
  return {
    online: [...online].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}
