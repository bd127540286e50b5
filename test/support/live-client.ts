import { LIVE_NAMESPACE, PROTOCOL_VERSION } from '@leernetwerk/shared';
import { io, type Socket } from 'socket.io-client';
import msgpackParser from 'socket.io-msgpack-parser';

/** A client on the live namespace as the app's own client opens it: token, protocol version, MessagePack, WebSocket. */
export function openLiveSocket(baseUrl: string, token: string, options: { reconnection?: boolean } = {}): Socket {
  return io(`${baseUrl}${LIVE_NAMESPACE}`, {
    auth: { token, protocolVersion: PROTOCOL_VERSION },
    parser: msgpackParser,
    transports: ['websocket'],
    reconnection: options.reconnection ?? true,
  });
}
