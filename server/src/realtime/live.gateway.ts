import {
  SubscribeMessage,
  WebSocketGateway,
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  type OnGatewayInit,
} from '@nestjs/websockets';
import {
  LIVE_NAMESPACE,
  NETWORK_ROOM,
  PROTOCOL_VERSION,
  userRoom,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@leernetwerk/shared';
import type { Socket } from 'socket.io';
import { LiveRooms, type LiveNamespace } from './live-rooms';
import { organisationPresence, organisationRoom } from './organisation-presence';
import { SocketAuthenticator } from './socket-authenticator';
import { authenticateSockets, type SocketData } from './socket-middleware';

type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** The live-events namespace: presence, timers, votes and new posts travel here. */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveGateway
  implements OnGatewayInit<LiveNamespace>, OnGatewayConnection<LiveSocket>, OnGatewayDisconnect<LiveSocket>
{
  private namespace?: LiveNamespace;

  constructor(
    private readonly authenticator: SocketAuthenticator,
    private readonly rooms: LiveRooms,
  ) {}

  afterInit(namespace: LiveNamespace): void {
    this.namespace = namespace;
    this.rooms.attach(namespace);
    namespace.use(authenticateSockets(this.authenticator));
  }

  async handleConnection(socket: LiveSocket): Promise<void> {
    socket.emit('session', { user: socket.data.user, protocolVersion: PROTOCOL_VERSION });
    // Their own room carries what is for them alone (notifications), on every tab and process; the
    // network room what the whole network sees change (the bottleneck register, meetings).
    await socket.join([organisationRoom(socket.data.user.organisationId), userRoom(socket.data.user.id), NETWORK_ROOM]);
    await this.announcePresence(socket.data.user.organisationId);
  }

  async handleDisconnect(socket: LiveSocket): Promise<void> {
    await this.announcePresence(socket.data.user.organisationId);
  }

  @SubscribeMessage('ping')
  ping(): { serverTime: number } {
    return { serverTime: Date.now() };
  }

  private async announcePresence(organisationId: string): Promise<void> {
    if (!this.namespace) return;
    const presence = await organisationPresence(this.namespace, organisationId);
    this.namespace.to(organisationRoom(organisationId)).emit('presence:organisation', presence);
  }
}
