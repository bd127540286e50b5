import { Injectable } from '@nestjs/common';
import type { ProposeReplyRequest, Reply, User } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import { ConversationLookup } from './conversation-lookup';
import { initialStatus } from './moderation-rules';
import { RepliesRepository } from './replies.repository';
import { toReplyView } from './statement-view';
import { StatementsLive } from './statements.live';
import { StatementsRepository } from './statements.repository';

/** Arguments for and against a statement, and questions about it, under the same moderation. */
@Injectable()
export class RepliesService {
  constructor(
    private readonly lookup: ConversationLookup,
    private readonly statements: StatementsRepository,
    private readonly replies: RepliesRepository,
    private readonly live: StatementsLive,
  ) {}

  async reply(actor: User, statementId: string, input: ProposeReplyRequest): Promise<Reply> {
    const statement = await this.statements.findById(statementId);
    if (!statement || statement.status !== 'published') throw ApiError.notFound('Statement');
    const conversation = await this.lookup.requireOpen(statement.conversationId);
    const created = await this.replies.create({
      conversationId: statement.conversationId,
      statementId,
      kind: input.kind,
      text: input.text,
      status: initialStatus(actor, conversation.moderation),
      authorId: actor.id,
    });
    if (created.status === 'published') this.live.replyNew(created);
    else this.live.moderationWaiting(created.conversationId);
    return toReplyView(created, actor);
  }
}
