import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import { toObjectId } from '../common/mongo-id';
import { RefreshTokenRecord } from './refresh-token.schema';

type RefreshTokenDoc = RefreshTokenRecord & { _id: Types.ObjectId };

export interface RefreshSession {
  userId: string;
  createdAt: Date;
  expiresAt: Date;
}

function toSession(doc: RefreshTokenDoc): RefreshSession {
  return { userId: doc.userId.toHexString(), createdAt: doc.createdAt, expiresAt: doc.expiresAt };
}

@Injectable()
export class RefreshTokensRepository {
  constructor(@InjectModel(RefreshTokenRecord.name) private readonly model: Model<RefreshTokenRecord>) {}

  async create(input: { tokenHash: string; userId: string; createdAt: Date; expiresAt: Date }): Promise<void> {
    await this.model.create({ ...input, userId: toObjectId(input.userId) });
  }

  /**
   * Removes and returns an unexpired session, so a token is used only once. The delete decides:
   * of two requests racing with the same token only one deletes a document. (FerretDB does
   * `findOneAndDelete` as a find and a delete, so both racers would get the document back.)
   */
  async take(tokenHash: string, now: Date): Promise<RefreshSession | null> {
    const doc = await this.model
      .findOne({ tokenHash, expiresAt: { $gt: now } })
      .lean<RefreshTokenDoc>()
      .exec();
    if (!doc) return null;
    const { deletedCount } = await this.model.deleteOne({ _id: doc._id }).exec();
    return deletedCount === 1 ? toSession(doc) : null;
  }

  async deleteByHash(tokenHash: string): Promise<void> {
    await this.model.deleteOne({ tokenHash }).exec();
  }

  async deleteForUser(userId: string): Promise<void> {
    await this.model.deleteMany({ userId: toObjectId(userId) }).exec();
  }

  /** TTL indexes are not available on every supported database, so expiry is a query. */
  async deleteExpired(now: Date): Promise<void> {
    await this.model.deleteMany({ expiresAt: { $lte: now } }).exec();
  }

  async listForUser(userId: string): Promise<RefreshSession[]> {
    const docs = await this.model
      .find({ userId: toObjectId(userId) })
      .sort({ createdAt: 1 })
      .lean<RefreshTokenDoc[]>()
      .exec();
    return docs.map(toSession);
  }
}
