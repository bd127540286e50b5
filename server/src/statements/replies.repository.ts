import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import type { ReplyKind, StatementStatus } from '@leernetwerk/shared';
import { decisionUpdate, reportUpdate } from './moderation-updates';
import { ReplyRecord } from './reply.schema';

type ReplyDoc = ReplyRecord & { _id: Types.ObjectId; createdAt: Date };

export interface StoredReply {
  id: string;
  conversationId: string;
  statementId: string;
  kind: ReplyKind;
  text: string;
  status: StatementStatus;
  authorId: string;
  reportedBy: string[];
  reportReasons: string[];
  createdAt: string;
}

export type NewReply = Omit<StoredReply, 'id' | 'reportedBy' | 'reportReasons' | 'createdAt'>;

function toReply(doc: ReplyDoc): StoredReply {
  return {
    id: doc._id.toHexString(),
    conversationId: doc.conversationId,
    statementId: doc.statementId,
    kind: doc.kind,
    text: doc.text,
    status: doc.status,
    authorId: doc.authorId,
    reportedBy: doc.reportedBy ?? [],
    reportReasons: doc.reportReasons ?? [],
    createdAt: doc.createdAt.toISOString(),
  };
}

@Injectable()
export class RepliesRepository {
  constructor(@InjectModel(ReplyRecord.name) private readonly model: Model<ReplyRecord>) {}

  async create(input: NewReply): Promise<StoredReply> {
    const created = await this.model.create(input);
    return toReply(created.toObject<ReplyDoc>());
  }

  async findById(id: string): Promise<StoredReply | null> {
    const doc = await this.model.findById(id).lean<ReplyDoc>().exec();
    return doc ? toReply(doc) : null;
  }

  async listByConversation(conversationId: string): Promise<StoredReply[]> {
    const docs = await this.model.find({ conversationId }).sort({ _id: 1 }).lean<ReplyDoc[]>().exec();
    return docs.map(toReply);
  }

  async decide(id: string, status: StatementStatus): Promise<StoredReply | null> {
    const doc = await this.model.findByIdAndUpdate(id, decisionUpdate(status), { new: true }).lean<ReplyDoc>().exec();
    return doc ? toReply(doc) : null;
  }

  /** Only a published reply can be reported; null when there is none. */
  async report(id: string, reporterId: string, hide: boolean, reason?: string): Promise<StoredReply | null> {
    const doc = await this.model
      .findOneAndUpdate({ _id: id, status: 'published' }, reportUpdate(reporterId, hide, reason), { new: true })
      .lean<ReplyDoc>()
      .exec();
    return doc ? toReply(doc) : null;
  }
}
