import { Injectable } from '@nestjs/common';
import { ErrorCode, type Conversation } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import { ConversationsRepository } from './conversations.repository';

export function closedError(): ApiError {
  return new ApiError(ErrorCode.ConversationClosed, 'This conversation is closed');
}

/** Finds conversations for the services, with the errors users get when there is none or it is closed. */
@Injectable()
export class ConversationLookup {
  constructor(private readonly conversations: ConversationsRepository) {}

  async require(id: string): Promise<Conversation> {
    const conversation = await this.conversations.findById(id);
    if (!conversation) throw ApiError.notFound('Conversation');
    return conversation;
  }

  async requireOpen(id: string): Promise<Conversation> {
    const conversation = await this.require(id);
    if (conversation.status === 'closed') throw closedError();
    return conversation;
  }
}
