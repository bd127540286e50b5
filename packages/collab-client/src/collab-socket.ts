import {
  COLLAB_NAMESPACE,
  PROTOCOL_VERSION,
  type CollabClientToServerEvents,
  type CollabServerToClientEvents,
} from '@leernetwerk/shared';
import { io, type Socket } from 'socket.io-client';
import msgpackParser from 'socket.io-msgpack-parser';

export type CollabSocket = Socket<CollabServerToClientEvents, CollabClientToServerEvents>;

/**
 * One Socket.IO connection for all documents a client has open. The token is asked for at every
 * (re)connect, so a refreshed token is used after a reconnect.
 */
export function createCollabSocket(baseUrl: string, getToken: () => string | null): CollabSocket {
  return io(`${baseUrl}${COLLAB_NAMESPACE}`, {
    parser: msgpackParser,
    transports: ['websocket'],
    auth: (send) => send({ token: getToken() ?? '', protocolVersion: PROTOCOL_VERSION }),
    reconnectionDelay: 500,
    reconnectionDelayMax: 5_000,
  });
}
