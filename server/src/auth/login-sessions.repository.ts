import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import { toObjectId } from '../common/mongo-id';
import { LoginSessionRecord } from './login-session.schema';

type LoginSessionDoc = LoginSessionRecord & { _id: Types.ObjectId };

export interface LoginSession {
  id: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
}

function toSession(doc: LoginSessionDoc): LoginSession {
  return {
    id: doc._id.toHexString(),
    userId: doc.userId.toHexString(),
    createdAt: doc.createdAt,
    expiresAt: doc.expiresAt,
  };
}

@Injectable()
export class LoginSessionsRepository {
  constructor(@InjectModel(LoginSessionRecord.name) private readonly model: Model<LoginSessionRecord>) {}

  async create(input: { userId: string; createdAt: Date; expiresAt: Date }): Promise<LoginSession> {
    const created = await this.model.create({ ...input, userId: toObjectId(input.userId) });
    return toSession(created.toObject<LoginSessionDoc>());
  }

  /** The session if it has neither ended nor expired: one lookup by `_id`. */
  async findLive(id: string, now: Date): Promise<LoginSession | null> {
    const doc = await this.model
      .findOne({ _id: toObjectId(id), expiresAt: { $gt: now } })
      .lean<LoginSessionDoc>()
      .exec();
    return doc ? toSession(doc) : null;
  }

  async extend(id: string, expiresAt: Date): Promise<void> {
    await this.model.updateOne({ _id: toObjectId(id) }, { $set: { expiresAt } }).exec();
  }

  async delete(id: string): Promise<void> {
    await this.model.deleteOne({ _id: toObjectId(id) }).exec();
  }

  async deleteForUser(userId: string): Promise<void> {
    await this.model.deleteMany({ userId: toObjectId(userId) }).exec();
  }

  /** TTL indexes are not available on every supported database, so expiry is a query. */
  async deleteExpired(now: Date): Promise<void> {
    await this.model.deleteMany({ expiresAt: { $lte: now } }).exec();
  }

  async listForUser(userId: string): Promise<LoginSession[]> {
    const docs = await this.model
      .find({ userId: toObjectId(userId) })
      .sort({ createdAt: 1 })
      .lean<LoginSessionDoc[]>()
      .exec();
    return docs.map(toSession);
  }
}
