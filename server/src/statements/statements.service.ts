import { Injectable } from '@nestjs/common';
import type {
  Conversation,
  ConversationDetail,
  ValidCreateConversationRequest,
  Reply,
  Statement,
  UpdateConversationRequest,
  User,
} from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import { ConversationLookup } from './conversation-lookup';
import { ConversationsRepository } from './conversations.repository';
import { canSee, initialStatus, isFacilitator } from './moderation-rules';
import { RepliesRepository } from './replies.repository';
import { ResultsCache } from './results-cache';
import { EMPTY_TALLY, ownVotesOf, talliesOf, toReplyView, toStatementView } from './statement-view';
import { StatementsLive } from './statements.live';
import { StatementsRepository } from './statements.repository';
import { VotesRepository } from './votes.repository';

/** Conversations and their statements: creating, proposing, and what each viewer gets to see. */
@Injectable()
export class StatementsService {
  constructor(
    private readonly conversations: ConversationsRepository,
    private readonly lookup: ConversationLookup,
    private readonly statements: StatementsRepository,
    private readonly replies: RepliesRepository,
    private readonly votes: VotesRepository,
    private readonly results: ResultsCache,
    private readonly live: StatementsLive,
  ) {}

  listConversations(): Promise<Conversation[]> {
    return this.conversations.list();
  }

  createConversation(actor: User, input: ValidCreateConversationRequest): Promise<Conversation> {
    return this.conversations.create({
      ...input,
      status: 'open',
      votingPhase: 'before',
      createdBy: actor.id,
    });
  }

  async getConversation(viewer: User, id: string): Promise<ConversationDetail> {
    const conversation = await this.lookup.require(id);
    const [statements, replies, votes] = await Promise.all([
      this.statements.listByConversation(id),
      this.replies.listByConversation(id),
      this.votes.listByConversation(id),
    ]);
    const tallies = talliesOf(votes);
    const ownVotes = ownVotesOf(votes, viewer.id);
    const repliesByStatement = new Map<string, Reply[]>();
    for (const reply of replies.filter((r) => canSee(viewer, r))) {
      const list = repliesByStatement.get(reply.statementId) ?? [];
      list.push(toReplyView(reply, viewer));
      repliesByStatement.set(reply.statementId, list);
    }
    return {
      ...conversation,
      statements: statements
        .filter((s) => canSee(viewer, s))
        .map((s) =>
          toStatementView(s, viewer, {
            tally: tallies.get(s.id),
            myVote: ownVotes.get(s.id),
            replies: repliesByStatement.get(s.id),
          }),
        ),
    };
  }

  async updateConversation(id: string, changes: UpdateConversationRequest): Promise<Conversation> {
    const updated = await this.conversations.update(id, changes);
    if (!updated) throw ApiError.notFound('Conversation');
    this.live.conversationUpdated(updated);
    return updated;
  }

  async proposeStatement(actor: User, conversationId: string, text: string): Promise<Statement> {
    const conversation = await this.lookup.requireOpen(conversationId);
    if (!isFacilitator(actor) && !conversation.allowProposals) {
      throw ApiError.forbidden('This conversation does not take proposals');
    }
    const status = initialStatus(actor, conversation.moderation);
    const created = await this.statements.create({ conversationId, text, status, authorId: actor.id });
    if (created.status === 'published') {
      this.live.statementNew(created, EMPTY_TALLY);
      this.results.invalidate(conversationId);
    } else {
      this.live.moderationWaiting(conversationId);
    }
    return toStatementView(created, actor);
  }

  /** Who may join the conversation's live room: any member, also when it is closed (it may reopen). */
  async requireJoinable(id: string): Promise<void> {
    await this.lookup.require(id);
  }
}
