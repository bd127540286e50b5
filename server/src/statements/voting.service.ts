import { Injectable } from '@nestjs/common';
import type { User, ValidVoteRequest, VoteResponse } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import { ConversationLookup } from './conversation-lookup';
import { ResultsCache } from './results-cache';
import { StatementsRepository } from './statements.repository';
import { TallyBroadcaster } from './tally-broadcaster';
import { VotesRepository } from './votes.repository';

/** Casting and changing votes; tallies and results follow in batches. */
@Injectable()
export class VotingService {
  constructor(
    private readonly lookup: ConversationLookup,
    private readonly statements: StatementsRepository,
    private readonly votes: VotesRepository,
    private readonly tallies: TallyBroadcaster,
    private readonly results: ResultsCache,
  ) {}

  /** Without a phase the vote counts in the phase the facilitator has the conversation in. */
  async vote(actor: User, statementId: string, input: ValidVoteRequest): Promise<VoteResponse> {
    const statement = await this.statements.findById(statementId);
    if (!statement || statement.status !== 'published') throw ApiError.notFound('Statement');
    const conversation = await this.lookup.requireOpen(statement.conversationId);
    const phase = input.phase ?? conversation.votingPhase;
    await this.votes.upsert({
      conversationId: statement.conversationId,
      statementId,
      participantId: actor.id,
      value: input.value,
      phase,
      reason: input.reason,
    });
    this.tallies.statementChanged(statement.conversationId, statementId);
    this.results.invalidate(statement.conversationId);
    const vote = input.reason ? { value: input.value, reason: input.reason } : { value: input.value };
    return { statementId, phase, vote };
  }
}
