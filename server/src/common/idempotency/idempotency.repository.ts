import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { isDuplicateKeyError } from '../mongo-errors';
import { IdempotencyRecord } from './idempotency-record.schema';

/** A stored request as the interceptor sees it. */
export interface StoredRequest {
  id: string;
  fingerprint: string;
  state: 'pending' | 'done';
  body: string | null;
  createdAt: Date;
}

type RecordDoc = IdempotencyRecord;

const toStored = (doc: RecordDoc): StoredRequest => ({
  id: doc._id,
  fingerprint: doc.fingerprint,
  state: doc.state,
  body: doc.body ?? null,
  createdAt: doc.createdAt,
});

/** Persistence of idempotency keys; each change is one atomic single-document write. */
@Injectable()
export class IdempotencyRepository {
  constructor(@InjectModel(IdempotencyRecord.name) private readonly model: Model<IdempotencyRecord>) {}

  static idOf(userId: string, key: string): string {
    return `${userId}:${key}`;
  }

  /** Inserts a pending record; false when one with this id already exists (another request has the key). */
  async claim(input: { id: string; userId: string; fingerprint: string; at: Date }): Promise<boolean> {
    try {
      await this.model.create({
        _id: input.id,
        userId: input.userId,
        fingerprint: input.fingerprint,
        state: 'pending',
        createdAt: input.at,
      });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async find(id: string): Promise<StoredRequest | null> {
    const doc = await this.model.findById(id).lean<RecordDoc>().exec();
    return doc ? toStored(doc) : null;
  }

  async complete(id: string, body: string | null): Promise<void> {
    await this.model
      .updateOne({ _id: id, state: 'pending' }, { $set: { state: 'done', ...(body === null ? {} : { body }) } })
      .exec();
  }

  /** The first request failed: nothing was created, so the key is free for a retry. */
  async release(id: string): Promise<void> {
    await this.model.deleteOne({ _id: id, state: 'pending' }).exec();
  }

  /** Removes this record only if it is older than `before` (expired, or left pending by a crashed process). */
  async deleteIfOlder(id: string, before: Date): Promise<boolean> {
    const deleted = await this.model
      .findOneAndDelete({ _id: id, createdAt: { $lt: before } })
      .lean()
      .exec();
    return deleted !== null;
  }

  async deleteBefore(before: Date): Promise<void> {
    await this.model.deleteMany({ createdAt: { $lt: before } }).exec();
  }
}
