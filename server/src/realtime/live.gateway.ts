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
  type SocketErrorData,
} from '@leernetwerk/shared';
import type { Socket } from 'socket.io';
import { AccessEvents, type AccessChange } from '../access-events/access-events';
import { StoredChanges } from '../stored-changes/stored-changes';
import { Inject, Logger, type OnModuleDestroy } from '@nestjs/common';
import { KeyedThrottle } from '../common/keyed-throttle';
import { APP_CONFIG } from '../config/app-config.token';
import type { ResolvedConfig } from '../config/resolved-config';
import { relayAccessChanges } from './access-relay';
import { relayStoredChanges } from './stored-changes-relay';
import { LiveRooms, type LiveNamespace } from './live-rooms';
import { organisationPresence, organisationRoom } from './organisation-presence';
import { SocketAuthenticator } from './socket-authenticator';
import { authenticateSockets, type SocketData } from './socket-middleware';
import { closeSockets, followAccount, localSocketsOfSession, SESSION_ENDED } from './user-connections';

type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** The live-events namespace: presence, timers, votes and new posts travel here. */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class LiveGateway
  implements
    OnGatewayInit<LiveNamespace>,
    OnGatewayConnection<LiveSocket>,
    OnGatewayDisconnect<LiveSocket>,
    OnModuleDestroy
{
  /** Who of an organisation is online goes to it at most this often, as it is when sent. */
  static readonly PRESENCE_INTERVAL_MS = 250;
  private namespace?: LiveNamespace;
  private readonly logger = new Logger(LiveGateway.name);
  // Asking every process who is online is a round trip over Redis: once per burst, not per connection.
  private readonly presence = new KeyedThrottle(LiveGateway.PRESENCE_INTERVAL_MS, (organisationId) => {
    this.announcePresence(organisationId).catch((error: unknown) =>
      this.logger.warn(`Could not tell organisation ${organisationId} who is online: ${String(error)}`),
    );
  });

  constructor(
    private readonly authenticator: SocketAuthenticator,
    private readonly rooms: LiveRooms,
    private readonly accessEvents: AccessEvents,
    private readonly storedChanges: StoredChanges,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  afterInit(namespace: LiveNamespace): void {
    this.namespace = namespace;
    this.rooms.attach(namespace);
    namespace.use(authenticateSockets(this.authenticator));
    this.accessEvents.onChange((change) => this.followAccess(change));
    if (this.config.redisUrl) {
      relayAccessChanges(namespace, this.accessEvents);
      relayStoredChanges(namespace, this.storedChanges);
    }
  }

  async handleConnection(socket: LiveSocket): Promise<void> {
    socket.emit('session', { user: socket.data.user, protocolVersion: PROTOCOL_VERSION });
    // Their own room carries what is for them alone (notifications), on every tab and process; the
    // network room what the whole network sees change (the bottleneck register, meetings).
    await socket.join([organisationRoom(socket.data.user.organisationId), userRoom(socket.data.user.id), NETWORK_ROOM]);
    this.presence.request(socket.data.user.organisationId);
  }

  handleDisconnect(socket: LiveSocket): void {
    this.presence.request(socket.data.user.organisationId);
  }

  onModuleDestroy(): void {
    this.presence.stop();
  }

  /**
   * A person's roles or account changed: their connections here carry them as they are now (and
   * are told, so the screen follows), leave rooms they may no longer be in, or close when the
   * account is gone or blocked.
   */
  private async followAccess(change: AccessChange): Promise<void> {
    if (!this.namespace || change.kind === 'owner') return;
    const farewell = (socket: LiveSocket, reason: SocketErrorData) => socket.emit('error', reason);
    if (change.kind === 'session') {
      return closeSockets(localSocketsOfSession<LiveSocket>(this.namespace, change.sessionId), SESSION_ENDED, farewell);
    }
    const user = await this.authenticator.reload(change.userId);
    const staying = followAccount<LiveSocket>(this.namespace, change.userId, user, farewell);
    for (const socket of staying) {
      socket.emit('session', { user: socket.data.user, protocolVersion: PROTOCOL_VERSION });
      for (const room of socket.rooms) if (!this.rooms.mayStay(socket.data.user, room)) await socket.leave(room);
    }
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
