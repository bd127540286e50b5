import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import type { StatementStatus } from '@leernetwerk/shared';
import { decisionUpdate, reportUpdate } from './moderation-updates';
import { StatementRecord } from './statement.schema';

type StatementDoc = StatementRecord & { _id: Types.ObjectId };

/** A statement as stored, author included; the service decides who may see what. */
export interface StoredStatement {
  id: string;
  conversationId: string;
  text: string;
  status: StatementStatus;
  authorId: string;
  reportedBy: string[];
  reportReasons: string[];
}

function toStatement(doc: StatementDoc): StoredStatement {
  return {
    id: doc._id.toHexString(),
    conversationId: doc.conversationId,
    text: doc.text,
    status: doc.status,
    authorId: doc.authorId,
    reportedBy: doc.reportedBy ?? [],
    reportReasons: doc.reportReasons ?? [],
  };
}

@Injectable()
export class StatementsRepository {
  constructor(@InjectModel(StatementRecord.name) private readonly model: Model<StatementRecord>) {}

  async create(input: Omit<StoredStatement, 'id' | 'reportedBy' | 'reportReasons'>): Promise<StoredStatement> {
    const created = await this.model.create(input);
    return toStatement(created.toObject<StatementDoc>());
  }

  async findById(id: string): Promise<StoredStatement | null> {
    const doc = await this.model.findById(id).lean<StatementDoc>().exec();
    return doc ? toStatement(doc) : null;
  }

  async listByConversation(conversationId: string): Promise<StoredStatement[]> {
    const docs = await this.model.find({ conversationId }).sort({ _id: 1 }).lean<StatementDoc[]>().exec();
    return docs.map(toStatement);
  }

  async decide(id: string, status: StatementStatus): Promise<StoredStatement | null> {
    const doc = await this.model
      .findByIdAndUpdate(id, decisionUpdate(status), { new: true })
      .lean<StatementDoc>()
      .exec();
    return doc ? toStatement(doc) : null;
  }

  /** Only a published statement can be reported; null when there is none. */
  async report(id: string, reporterId: string, hide: boolean, reason?: string): Promise<StoredStatement | null> {
    const doc = await this.model
      .findOneAndUpdate({ _id: id, status: 'published' }, reportUpdate(reporterId, hide, reason), { new: true })
      .lean<StatementDoc>()
      .exec();
    return doc ? toStatement(doc) : null;
  }
}
