import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { toObjectId } from '../common/mongo-id';
import { RefreshTokenRecord } from './refresh-token.schema';

type RefreshTokenDoc = RefreshTokenRecord & { _id: Types.ObjectId };

export interface RefreshTokenEntry {
  id: string;
  tokenHash: string;
  userId: string;
  sessionId: string;
  createdAt: Date;
  expiresAt: Date;
  rotatedAt: Date | null;
}

export interface NewRefreshToken {
  tokenHash: string;
  userId: string;
  sessionId: string;
  createdAt: Date;
  expiresAt: Date;
  rotatedAt?: Date;
}

function toEntry(doc: RefreshTokenDoc): RefreshTokenEntry | null {
  // Tokens from before sessions existed carry no session: they are treated as unknown.
  if (!(doc.sessionId instanceof Types.ObjectId)) return null;
  return {
    id: doc._id.toHexString(),
    tokenHash: doc.tokenHash,
    userId: doc.userId.toHexString(),
    sessionId: doc.sessionId.toHexString(),
    createdAt: doc.createdAt,
    expiresAt: doc.expiresAt,
    rotatedAt: doc.rotatedAt ?? null,
  };
}

function toRecord(input: NewRefreshToken) {
  return { ...input, userId: toObjectId(input.userId), sessionId: toObjectId(input.sessionId) };
}

@Injectable()
export class RefreshTokensRepository {
  constructor(@InjectModel(RefreshTokenRecord.name) private readonly model: Model<RefreshTokenRecord>) {}

  async create(input: NewRefreshToken): Promise<void> {
    await this.model.create(toRecord(input));
  }

  /** Current and spent tokens alike, unless expired. */
  async findByHash(tokenHash: string, now: Date): Promise<RefreshTokenEntry | null> {
    const doc = await this.model
      .findOne({ tokenHash, expiresAt: { $gt: now } })
      .lean<RefreshTokenDoc>()
      .exec();
    return doc ? toEntry(doc) : null;
  }

  /**
   * Takes a current token out so that only one request can spend it: `findOneAndDelete` is atomic
   * (on MongoDB, and on the embedded FerretDB with our patch), so of two requests racing with the
   * same token exactly one gets it back.
   */
  async claim(id: string): Promise<boolean> {
    const taken = await this.model
      .findOneAndDelete({ _id: toObjectId(id) })
      .lean<RefreshTokenDoc>()
      .exec();
    return taken !== null;
  }

  /** Stores the spent token (as a record of its rotation) together with its successor. */
  async recordRotation(spent: NewRefreshToken & { rotatedAt: Date }, successor: NewRefreshToken): Promise<void> {
    await this.model.insertMany([toRecord(spent), toRecord(successor)]);
  }

  async deleteForSession(sessionId: string): Promise<void> {
    await this.model.deleteMany({ sessionId: toObjectId(sessionId) }).exec();
  }

  async deleteForUser(userId: string): Promise<void> {
    await this.model.deleteMany({ userId: toObjectId(userId) }).exec();
  }

  /** TTL indexes are not available on every supported database, so expiry is a query. */
  async deleteExpired(now: Date): Promise<void> {
    await this.model.deleteMany({ expiresAt: { $lte: now } }).exec();
  }
}
