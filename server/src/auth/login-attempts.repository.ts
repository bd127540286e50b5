import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import { toObjectId } from '../common/mongo-id';
import { LoginAttemptRecord } from './login-attempt.schema';

type LoginAttemptDoc = LoginAttemptRecord & { _id: Types.ObjectId };

export interface LoginAttempt {
  id: string;
  device: string | null;
  at: Date;
  /** False while its check is still running. */
  failed: boolean;
}

/**
 * Attempts are separate inserted documents rather than one counter per account: an insert is never
 * lost between processes (FerretDB loses concurrent `$inc`s), and each attempt looks after its own
 * insert, so of two simultaneous attempts at least one sees the other.
 */
@Injectable()
export class LoginAttemptsRepository {
  constructor(@InjectModel(LoginAttemptRecord.name) private readonly model: Model<LoginAttemptRecord>) {}

  async insert(input: { email: string; device: string | null; at: Date }): Promise<string> {
    const created = await this.model.create({
      email: input.email,
      at: input.at,
      device: input.device ?? undefined,
      failed: false,
    });
    return created._id.toHexString();
  }

  async listSince(email: string, since: Date): Promise<LoginAttempt[]> {
    const docs = await this.model
      .find({ email, at: { $gt: since } })
      .lean<LoginAttemptDoc[]>()
      .exec();
    return docs.map((doc) => ({
      id: doc._id.toHexString(),
      device: doc.device ?? null,
      at: doc.at,
      failed: doc.failed,
    }));
  }

  async markFailed(id: string): Promise<void> {
    await this.model.updateOne({ _id: toObjectId(id) }, { $set: { failed: true } }).exec();
  }

  async delete(id: string): Promise<void> {
    await this.model.deleteOne({ _id: toObjectId(id) }).exec();
  }

  async deleteForEmail(email: string): Promise<void> {
    await this.model.deleteMany({ email }).exec();
  }

  /** TTL indexes are not available on every supported database, so old attempts are pruned on write. */
  async deleteBefore(before: Date): Promise<void> {
    await this.model.deleteMany({ at: { $lte: before } }).exec();
  }
}
