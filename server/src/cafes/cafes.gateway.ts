import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import {
  cafeRoom,
  ErrorCode,
  idSchema,
  LIVE_NAMESPACE,
  type CafeJoinAck,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@leernetwerk/shared';
import type { Socket } from 'socket.io';
import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { ApiError } from '../common/api-error';
import { KeyedThrottle } from '../common/keyed-throttle';
import type { SocketData } from '../realtime/socket-middleware';
import { CafeLifecycle } from './cafe-lifecycle.service';
import { CafesLive } from './cafes.live';

type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/**
 * Entering a café on the live namespace. Being connected to its room is being present: the
 * lobby shows it, and the next round seats only who is present. A reconnect joins again and
 * gets the café as it is now, seat included.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class CafesGateway implements OnModuleDestroy {
  /** Who is present goes to the room at most this often per café, always as it is when sent. */
  static readonly PRESENCE_INTERVAL_MS = 250;
  private readonly logger = new Logger(CafesGateway.name);
  private readonly presence = new KeyedThrottle(CafesGateway.PRESENCE_INTERVAL_MS, (cafeId) => {
    this.sendPresence(cafeId).catch((error: unknown) =>
      this.logger.warn(`Could not tell café ${cafeId} who is present: ${String(error)}`),
    );
  });

  constructor(
    private readonly lifecycle: CafeLifecycle,
    private readonly live: CafesLive,
  ) {}

  onModuleDestroy(): void {
    this.presence.stop();
  }

  @SubscribeMessage('cafe:join')
  async join(@ConnectedSocket() socket: LiveSocket, @MessageBody() cafeId: unknown): Promise<CafeJoinAck> {
    const parsed = idSchema.safeParse(cafeId);
    if (!parsed.success) return { ok: false, error: { code: ErrorCode.ValidationFailed, message: 'Invalid id' } };
    const id = parsed.data;
    try {
      await socket.join(cafeRoom(id));
      socket.once('disconnect', () => this.presence.request(id));
      const cafe = await this.lifecycle.enter(socket.data.user, id);
      this.presence.request(id);
      return { ok: true, cafe, serverTime: Date.now() };
    } catch (error) {
      await socket.leave(cafeRoom(id));
      if (error instanceof ApiError) return { ok: false, error: { code: error.code, message: error.message } };
      return { ok: false, error: { code: ErrorCode.Internal, message: 'Could not enter the café' } };
    }
  }

  @SubscribeMessage('cafe:leave')
  async leave(@ConnectedSocket() socket: LiveSocket, @MessageBody() cafeId: unknown): Promise<void> {
    const parsed = idSchema.safeParse(cafeId);
    if (!parsed.success) return;
    await socket.leave(cafeRoom(parsed.data));
    this.presence.request(parsed.data);
  }

  private async sendPresence(cafeId: string): Promise<void> {
    this.live.presence(cafeId, await this.live.present(cafeId));
  }
}
