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
import { ApiError } from '../common/api-error';
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
export class CafesGateway {
  constructor(
    private readonly lifecycle: CafeLifecycle,
    private readonly live: CafesLive,
  ) {}

  @SubscribeMessage('cafe:join')
  async join(@ConnectedSocket() socket: LiveSocket, @MessageBody() cafeId: unknown): Promise<CafeJoinAck> {
    const parsed = idSchema.safeParse(cafeId);
    if (!parsed.success) return { ok: false, error: { code: ErrorCode.ValidationFailed, message: 'Invalid id' } };
    const id = parsed.data;
    try {
      await socket.join(cafeRoom(id));
      socket.once('disconnect', () => void this.announcePresence(id));
      const cafe = await this.lifecycle.enter(socket.data.user, id);
      await this.announcePresence(id);
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
    await this.announcePresence(parsed.data);
  }

  private async announcePresence(cafeId: string): Promise<void> {
    this.live.presence(cafeId, await this.live.present(cafeId));
  }
}
