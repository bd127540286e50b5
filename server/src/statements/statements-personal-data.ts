import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { AccountExport } from '@leernetwerk/shared';
import { ReplyRecord } from './reply.schema';
import { StatementRecord } from './statement.schema';
import { StatementVoteRecord } from './vote.schema';

type StatementDiscussions = AccountExport['statementDiscussions'];

/** Marks statements and replies whose author erased their account. */
const ERASED_AUTHOR = 'verwijderd';

/** A user's rights over what they did in statement discussions: see it, erase it. */
@Injectable()
export class StatementsPersonalData {
  constructor(
    @InjectModel(StatementVoteRecord.name) private readonly votes: Model<StatementVoteRecord>,
    @InjectModel(StatementRecord.name) private readonly statements: Model<StatementRecord>,
    @InjectModel(ReplyRecord.name) private readonly replies: Model<ReplyRecord>,
  ) {}

  async exportFor(userId: string): Promise<StatementDiscussions> {
    const [votes, statements, replies] = await Promise.all([
      this.votes.find({ participantId: userId }).sort({ _id: 1 }).lean().exec(),
      this.statements.find({ authorId: userId }).sort({ _id: 1 }).lean().exec(),
      this.replies.find({ authorId: userId }).sort({ _id: 1 }).lean().exec(),
    ]);
    const voted = await this.statements
      .find({ _id: { $in: [...new Set(votes.map((v) => v.statementId))] } }, { text: 1 })
      .lean()
      .exec();
    const textOf = new Map(voted.map((s) => [s._id.toHexString(), s.text]));
    return {
      votes: votes.map((v) => ({
        statementId: v.statementId,
        statement: textOf.get(v.statementId) ?? '',
        phase: v.phase,
        value: v.value,
        ...(v.reason ? { reason: v.reason } : {}),
      })),
      statements: statements.map((s) => ({
        id: s._id.toHexString(),
        conversationId: s.conversationId,
        text: s.text,
        status: s.status,
      })),
      replies: replies.map((r) => ({
        id: r._id.toHexString(),
        statementId: r.statementId,
        kind: r.kind,
        text: r.text,
      })),
    };
  }

  /**
   * Votes go. What the user wrote stays in the discussion others took part in, but no longer
   * leads back to them: the author link is cut.
   */
  async eraseFor(userId: string): Promise<void> {
    await Promise.all([
      this.votes.deleteMany({ participantId: userId }).exec(),
      this.statements.updateMany({ authorId: userId }, { $set: { authorId: ERASED_AUTHOR } }).exec(),
      this.replies.updateMany({ authorId: userId }, { $set: { authorId: ERASED_AUTHOR } }).exec(),
      this.statements.updateMany({ reportedBy: userId }, { $pull: { reportedBy: userId } }).exec(),
      this.replies.updateMany({ reportedBy: userId }, { $pull: { reportedBy: userId } }).exec(),
    ]);
  }
}
