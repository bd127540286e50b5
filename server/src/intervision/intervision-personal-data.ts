import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { AccountExport } from '@leernetwerk/shared';
import { FollowRecord } from './follow.schema';
import { PostRecord } from './post.schema';
import { ThreadRecord } from './thread.schema';

const markedBy = (userId: string) => ({ $or: [{ helpfulBy: userId }, { reportedBy: userId }] });

/** Marks threads and replies whose author erased their account. */
const ERASED_AUTHOR = 'verwijderd';

/** A user's rights over what they did in intervision: see it, erase it. */
@Injectable()
export class IntervisionPersonalData {
  constructor(
    @InjectModel(ThreadRecord.name) private readonly threads: Model<ThreadRecord>,
    @InjectModel(PostRecord.name) private readonly posts: Model<PostRecord>,
    @InjectModel(FollowRecord.name) private readonly follows: Model<FollowRecord>,
  ) {}

  async exportFor(userId: string): Promise<AccountExport['intervision']> {
    const [threads, posts, follows] = await Promise.all([
      this.threads.find({ authorId: userId }).sort({ _id: 1 }).lean().exec(),
      this.posts.find({ authorId: userId }).sort({ _id: 1 }).lean().exec(),
      this.follows.find({ userId }).lean().exec(),
    ]);
    return {
      threads: threads.map((t) => ({
        id: t._id.toHexString(),
        technologyId: t.technologyId,
        kind: t.kind,
        title: t.title,
        body: t.body,
      })),
      posts: posts.map((p) => ({ id: p._id.toHexString(), threadId: p.threadId, body: p.body })),
      follows: follows.map((f) => ({ kind: f.kind, targetId: f.targetId })),
    };
  }

  /**
   * Follows go; what the user wrote stays for the colleagues who learn from it,
   * without the link to them; their helpful marks and reports are withdrawn.
   */
  async eraseFor(userId: string): Promise<void> {
    await Promise.all([
      this.follows.deleteMany({ userId }).exec(),
      this.threads.updateMany({ authorId: userId }, { $set: { authorId: ERASED_AUTHOR } }).exec(),
      this.posts.updateMany({ authorId: userId }, { $set: { authorId: ERASED_AUTHOR } }).exec(),
      this.threads.updateMany(markedBy(userId), { $pull: { helpfulBy: userId, reportedBy: userId } }).exec(),
      this.posts.updateMany(markedBy(userId), { $pull: { helpfulBy: userId, reportedBy: userId } }).exec(),
    ]);
  }
}
