import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { FollowRecord } from './follow.schema';

export type FollowKind = 'technology' | 'thread';

const followId = (userId: string, kind: FollowKind, targetId: string) => `${userId}:${kind}:${targetId}`;

@Injectable()
export class FollowsRepository {
  constructor(@InjectModel(FollowRecord.name) private readonly model: Model<FollowRecord>) {}

  async set(userId: string, kind: FollowKind, targetId: string, following: boolean): Promise<void> {
    const _id = followId(userId, kind, targetId);
    if (following) await this.model.updateOne({ _id }, { $set: { userId, kind, targetId } }, { upsert: true }).exec();
    else await this.model.deleteOne({ _id }).exec();
  }

  async isFollowing(userId: string, kind: FollowKind, targetId: string): Promise<boolean> {
    return (await this.model.exists({ _id: followId(userId, kind, targetId) }).exec()) !== null;
  }

  async followersOf(kind: FollowKind, targetId: string): Promise<string[]> {
    const docs = await this.model.find({ kind, targetId }, { userId: 1 }).lean().exec();
    return docs.map((doc) => doc.userId);
  }

  async deleteForUser(userId: string): Promise<void> {
    await this.model.deleteMany({ userId }).exec();
  }
}
