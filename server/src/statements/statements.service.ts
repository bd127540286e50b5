import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  Role,
  type Conversation,
  type ConversationDetail,
  type CreateConversationRequest,
  type ModerateStatementRequest,
  type Statement,
  type UpdateConversationRequest,
  type User,
  type ValidVoteRequest,
  type VoteResponse,
  type VoteTally,
} from '@leernetwerk/shared';
import { hasAnyRole } from '../auth/has-role';
import { ApiError } from '../common/api-error';
import { analyseConversation, type ConversationAnalysis } from './analysis';
import { ConversationsRepository } from './conversations.repository';
import { KeyedSerial } from './keyed-serial';
import { EMPTY_TALLY, talliesOf, toStatementView } from './statement-view';
import { StatementsLive } from './statements.live';
import { StatementsRepository, type StoredStatement } from './statements.repository';
import { VotesRepository } from './votes.repository';

const FACILITATING = [Role.Facilitator] as const;

const isFacilitator = (user: Pick<User, 'roles'>): boolean => hasAnyRole(user, FACILITATING);

@Injectable()
export class StatementsService {
  private readonly tallyQueue = new KeyedSerial();

  constructor(
    private readonly conversations: ConversationsRepository,
    private readonly statements: StatementsRepository,
    private readonly votes: VotesRepository,
    private readonly live: StatementsLive,
  ) {}

  listConversations(): Promise<Conversation[]> {
    return this.conversations.list();
  }

  createConversation(actor: User, input: Required<CreateConversationRequest>): Promise<Conversation> {
    return this.conversations.create({ ...input, status: 'open', createdBy: actor.id });
  }

  async getConversation(viewer: User, id: string): Promise<ConversationDetail> {
    const conversation = await this.requireConversation(id);
    const [statements, votes] = await Promise.all([
      this.statements.listByConversation(id),
      this.votes.listByConversation(id),
    ]);
    const tallies = talliesOf(votes);
    const visible = statements.filter((s) => this.canSee(viewer, s));
    return {
      ...conversation,
      statements: visible.map((s) => toStatementView(s, viewer.id, tallies.get(s.id) ?? EMPTY_TALLY)),
    };
  }

  async updateConversation(id: string, changes: UpdateConversationRequest): Promise<Conversation> {
    const updated = await this.conversations.update(id, changes);
    if (!updated) throw ApiError.notFound('Conversation');
    return updated;
  }

  /** Facilitators' statements are published; participants' wait for moderation when it is strict. */
  async proposeStatement(actor: User, conversationId: string, text: string): Promise<Statement> {
    const conversation = await this.requireConversation(conversationId);
    const facilitator = isFacilitator(actor);
    if (!facilitator && !conversation.allowProposals) {
      throw ApiError.forbidden('This conversation does not take proposals');
    }
    if (conversation.status === 'closed') throw closedError();
    const status = facilitator || conversation.moderation === 'permissive' ? 'published' : 'pending';
    const created = await this.statements.create({ conversationId, text, status, authorId: actor.id });
    if (created.status === 'published') this.live.statementNew(created);
    return toStatementView(created, actor.id, EMPTY_TALLY);
  }

  async moderate(actor: User, statementId: string, { action }: ModerateStatementRequest): Promise<Statement> {
    const updated = await this.statements.setStatus(statementId, action === 'publish' ? 'published' : 'hidden');
    if (!updated) throw ApiError.notFound('Statement');
    const tally = await this.countVotes(statementId);
    this.live.statementUpdated(updated, tally);
    return toStatementView(updated, actor.id, tally);
  }

  async vote(actor: User, statementId: string, input: ValidVoteRequest): Promise<VoteResponse> {
    const statement = await this.statements.findById(statementId);
    if (!statement || statement.status !== 'published') throw ApiError.notFound('Statement');
    const conversation = await this.requireConversation(statement.conversationId);
    if (conversation.status === 'closed') throw closedError();
    await this.votes.upsert({
      conversationId: statement.conversationId,
      statementId,
      participantId: actor.id,
      value: input.value,
      phase: input.phase,
      reason: input.reason,
    });
    const tally = await this.tallyQueue.run(statementId, async () => {
      const counted = await this.countVotes(statementId);
      this.live.statementTally(statement.conversationId, statementId, counted);
      return counted;
    });
    return { statementId, tally };
  }

  async results(id: string): Promise<ConversationAnalysis> {
    await this.requireConversation(id);
    return analyseConversation(await this.votes.listByConversation(id));
  }

  /** Who may join the conversation's live room: any member, while it is open. */
  async requireJoinable(id: string): Promise<void> {
    const conversation = await this.requireConversation(id);
    if (conversation.status === 'closed') throw closedError();
  }

  private async countVotes(statementId: string): Promise<VoteTally> {
    return talliesOf(await this.votes.listByStatement(statementId)).get(statementId) ?? EMPTY_TALLY;
  }

  private async requireConversation(id: string): Promise<Conversation> {
    const conversation = await this.conversations.findById(id);
    if (!conversation) throw ApiError.notFound('Conversation');
    return conversation;
  }

  private canSee(viewer: User, statement: StoredStatement): boolean {
    if (statement.status === 'published' || isFacilitator(viewer)) return true;
    return statement.status === 'pending' && statement.authorId === viewer.id;
  }
}

function closedError(): ApiError {
  return new ApiError(ErrorCode.ConversationClosed, 'This conversation is closed');
}
