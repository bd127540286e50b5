import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { VotePhase, VoteValue } from '@leernetwerk/shared';
import type { VoteRecord } from './analysis';
import { StatementVoteRecord } from './vote.schema';

export interface CastVote {
  conversationId: string;
  statementId: string;
  participantId: string;
  value: VoteValue;
  phase: VotePhase;
  reason?: string;
}

/** A vote as stored, with the voter's optional reason. */
export interface StoredVote extends VoteRecord {
  reason?: string;
}

type VoteDoc = Pick<StatementVoteRecord, 'participantId' | 'statementId' | 'value' | 'phase' | 'reason'>;

function toStoredVote(doc: VoteDoc): StoredVote {
  const vote: StoredVote = {
    participantId: doc.participantId,
    statementId: doc.statementId,
    value: doc.value,
    phase: doc.phase,
  };
  if (doc.reason) vote.reason = doc.reason;
  return vote;
}

/** One document per (statement, participant, phase); see vote.schema.ts. */
export function voteId(statementId: string, participantId: string, phase: VotePhase): string {
  return `${statementId}:${participantId}:${phase}`;
}

@Injectable()
export class VotesRepository {
  constructor(@InjectModel(StatementVoteRecord.name) private readonly model: Model<StatementVoteRecord>) {}

  /** Casts or replaces a vote: one upsert of one document. */
  async upsert(vote: CastVote): Promise<void> {
    const set = {
      conversationId: vote.conversationId,
      statementId: vote.statementId,
      participantId: vote.participantId,
      value: vote.value,
      phase: vote.phase,
    };
    const update = vote.reason ? { $set: { ...set, reason: vote.reason } } : { $set: set, $unset: { reason: 1 } };
    await this.model
      .updateOne({ _id: voteId(vote.statementId, vote.participantId, vote.phase) }, update, { upsert: true })
      .exec();
  }

  /** One record per participant, statement and phase (a changed vote replaced the old one). */
  async listByConversation(conversationId: string): Promise<StoredVote[]> {
    const docs = await this.model.find({ conversationId }).sort({ _id: 1 }).lean<VoteDoc[]>().exec();
    return docs.map(toStoredVote);
  }
}
