import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import {
  ErrorCode,
  idSchema,
  LIVE_NAMESPACE,
  threadRoom,
  type ClientToServerEvents,
  type ConversationJoinAck,
  type ServerToClientEvents,
} from '@leernetwerk/shared';
import type { Socket } from 'socket.io';
import { ApiError } from '../common/api-error';
import type { SocketData } from '../realtime/socket-middleware';
import { IntervisionService } from './intervision.service';

type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** Reading a thread live; who may read it is decided as for the HTTP read (hidden threads only for moderators). */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class IntervisionGateway {
  constructor(private readonly service: IntervisionService) {}

  @SubscribeMessage('thread:join')
  async join(@ConnectedSocket() socket: LiveSocket, @MessageBody() threadId: unknown): Promise<ConversationJoinAck> {
    const parsed = idSchema.safeParse(threadId);
    if (!parsed.success) return { ok: false, error: { code: ErrorCode.ValidationFailed, message: 'Invalid id' } };
    try {
      await this.service.getThread(socket.data.user, parsed.data);
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: { code: error.code, message: error.message } };
      return { ok: false, error: { code: ErrorCode.Internal, message: 'Could not open the thread' } };
    }
    await socket.join(threadRoom(parsed.data));
    return { ok: true };
  }

  @SubscribeMessage('thread:leave')
  async leave(@ConnectedSocket() socket: LiveSocket, @MessageBody() threadId: unknown): Promise<void> {
    const parsed = idSchema.safeParse(threadId);
    if (parsed.success) await socket.leave(threadRoom(parsed.data));
  }
}
