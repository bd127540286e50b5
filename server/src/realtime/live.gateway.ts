import { SubscribeMessage, WebSocketGateway, type OnGatewayConnection, type OnGatewayInit } from '@nestjs/websockets';
import {
  LIVE_NAMESPACE,
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@leernetwerk/shared';
import type { Namespace, Socket } from 'socket.io';
import { SocketAuthenticator } from './socket-authenticator';
import { authenticateSockets, type SocketData } from './socket-middleware';

type LiveNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** The live-events namespace: presence, timers, votes and new posts travel here. */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveGateway implements OnGatewayInit<LiveNamespace>, OnGatewayConnection<LiveSocket> {
  constructor(private readonly authenticator: SocketAuthenticator) {}

  afterInit(namespace: LiveNamespace): void {
    namespace.use(authenticateSockets(this.authenticator));
  }

  handleConnection(socket: LiveSocket): void {
    socket.emit('session', { user: socket.data.user, protocolVersion: PROTOCOL_VERSION });
  }

  @SubscribeMessage('ping')
  ping(): { serverTime: number } {
    return { serverTime: Date.now() };
  }
}
