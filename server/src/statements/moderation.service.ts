import { Injectable } from '@nestjs/common';
import type { ModerateStatementRequest, Reply, Statement, StatementStatus, User } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import { ConversationLookup } from './conversation-lookup';
import { RepliesRepository } from './replies.repository';
import { ResultsCache } from './results-cache';
import { EMPTY_TALLY, talliesOf, toReplyView, toStatementView } from './statement-view';
import { StatementsLive } from './statements.live';
import { StatementsRepository, type StoredStatement } from './statements.repository';
import { VotesRepository } from './votes.repository';

const statusOf = ({ action }: ModerateStatementRequest): StatementStatus =>
  action === 'publish' ? 'published' : 'hidden';

/** Facilitators' decisions, and participants' reports, on statements and replies. */
@Injectable()
export class ModerationService {
  constructor(
    private readonly lookup: ConversationLookup,
    private readonly statements: StatementsRepository,
    private readonly replies: RepliesRepository,
    private readonly votes: VotesRepository,
    private readonly results: ResultsCache,
    private readonly live: StatementsLive,
  ) {}

  async decideStatement(actor: User, statementId: string, decision: ModerateStatementRequest): Promise<Statement> {
    const updated = await this.statements.decide(statementId, statusOf(decision));
    if (!updated) throw ApiError.notFound('Statement');
    return this.statementChanged(actor, updated);
  }

  async decideReply(actor: User, replyId: string, decision: ModerateStatementRequest): Promise<Reply> {
    const updated = await this.replies.decide(replyId, statusOf(decision));
    if (!updated) throw ApiError.notFound('Reply');
    this.live.replyUpdated(updated);
    return toReplyView(updated, actor);
  }

  async reportStatement(actor: User, statementId: string, reason?: string): Promise<void> {
    const statement = await this.statements.findById(statementId);
    if (!statement) throw ApiError.notFound('Statement');
    const updated = await this.statements.report(statementId, actor.id, await this.hidesOnReport(statement), reason);
    if (!updated) throw ApiError.notFound('Statement');
    if (updated.status !== statement.status) await this.statementChanged(actor, updated);
    this.live.moderationWaiting(statement.conversationId);
  }

  async reportReply(actor: User, replyId: string, reason?: string): Promise<void> {
    const reply = await this.replies.findById(replyId);
    if (!reply) throw ApiError.notFound('Reply');
    const updated = await this.replies.report(replyId, actor.id, await this.hidesOnReport(reply), reason);
    if (!updated) throw ApiError.notFound('Reply');
    if (updated.status !== reply.status) this.live.replyUpdated(updated);
    this.live.moderationWaiting(reply.conversationId);
  }

  private async hidesOnReport(item: { conversationId: string }): Promise<boolean> {
    return (await this.lookup.require(item.conversationId)).moderation === 'permissive';
  }

  /** Publishing or hiding changes what is counted in the results. */
  private async statementChanged(actor: User, statement: StoredStatement): Promise<Statement> {
    const tally = talliesOf(await this.votes.listByConversation(statement.conversationId)).get(statement.id);
    this.live.statementUpdated(statement, tally ?? EMPTY_TALLY);
    this.results.invalidate(statement.conversationId);
    return toStatementView(statement, actor, { tally });
  }
}
