import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import {
  conversationRoom,
  moderatorsRoom,
  ErrorCode,
  idSchema,
  LIVE_NAMESPACE,
  type ClientToServerEvents,
  type ConversationJoinAck,
  type ServerToClientEvents,
} from '@leernetwerk/shared';
import type { Socket } from 'socket.io';
import { ApiError } from '../common/api-error';
import type { SocketData } from '../realtime/socket-middleware';
import { LiveRooms } from '../realtime/live-rooms';
import { isFacilitator } from './moderation-rules';
import { StatementsService } from './statements.service';

const MODERATORS_ROOM = new RegExp(`^${moderatorsRoom('[0-9a-f]{24}')}$`);

type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

function refusal(error: unknown): ConversationJoinAck {
  if (error instanceof ApiError) return { ok: false, error: { code: error.code, message: error.message } };
  return { ok: false, error: { code: ErrorCode.Internal, message: 'Could not join' } };
}

/** Statement discussions on the live namespace; authentication happens in LiveGateway's middleware. */
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
export class StatementsGateway {
  constructor(
    private readonly service: StatementsService,
    rooms: LiveRooms,
  ) {
    // Someone whose facilitator role is taken away stops hearing what waits for moderators.
    rooms.guardRooms((user, room) => !MODERATORS_ROOM.test(room) || isFacilitator(user));
  }

  @SubscribeMessage('conversation:join')
  async join(
    @ConnectedSocket() socket: LiveSocket,
    @MessageBody() conversationId: unknown,
  ): Promise<ConversationJoinAck> {
    const parsed = idSchema.safeParse(conversationId);
    if (!parsed.success) return { ok: false, error: { code: ErrorCode.ValidationFailed, message: 'Invalid id' } };
    try {
      await this.service.requireJoinable(parsed.data);
    } catch (error) {
      return refusal(error);
    }
    const rooms = [conversationRoom(parsed.data)];
    if (isFacilitator(socket.data.user)) rooms.push(moderatorsRoom(parsed.data));
    await socket.join(rooms);
    return { ok: true };
  }

  @SubscribeMessage('conversation:leave')
  async leave(@ConnectedSocket() socket: LiveSocket, @MessageBody() conversationId: unknown): Promise<void> {
    const parsed = idSchema.safeParse(conversationId);
    if (!parsed.success) return;
    await socket.leave(conversationRoom(parsed.data));
    await socket.leave(moderatorsRoom(parsed.data));
  }
}
