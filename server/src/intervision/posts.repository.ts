import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import type { PostStatus } from '@leernetwerk/shared';
import { revisionFilter, storedOwnership, type StoredOwnership } from '../common/content-history';
import { PostRecord } from './post.schema';

type PostDoc = PostRecord & { _id: Types.ObjectId; createdAt: Date };

export type StoredPost = Omit<PostRecord, 'ownership'> & { id: string; createdAt: string; ownership: StoredOwnership };

function toPost(doc: PostDoc): StoredPost {
  return {
    id: doc._id.toHexString(),
    threadId: doc.threadId,
    technologyId: doc.technologyId,
    body: doc.body,
    step: doc.step ?? null,
    authorId: doc.authorId,
    helpfulBy: doc.helpfulBy ?? [],
    reportedBy: doc.reportedBy ?? [],
    status: doc.status ?? 'published',
    createdAt: doc.createdAt.toISOString(),
    ownership: storedOwnership(doc.ownership ?? {}),
  };
}

export type NewPost = Pick<PostRecord, 'threadId' | 'technologyId' | 'body' | 'step' | 'authorId'>;

@Injectable()
export class PostsRepository {
  constructor(@InjectModel(PostRecord.name) private readonly model: Model<PostRecord>) {}

  async create(input: NewPost): Promise<StoredPost> {
    const created = await this.model.create(input);
    return toPost(created.toObject<PostDoc>());
  }

  async findById(id: string): Promise<StoredPost | null> {
    const doc = await this.model.findById(id).lean<PostDoc>().exec();
    return doc ? toPost(doc) : null;
  }

  async listByThread(threadId: string): Promise<StoredPost[]> {
    const docs = await this.model.find({ threadId }).sort({ _id: 1 }).lean<PostDoc[]>().exec();
    return docs.map(toPost);
  }

  async listAll(): Promise<StoredPost[]> {
    const docs = await this.model.find().lean<PostDoc[]>().exec();
    return docs.map(toPost);
  }

  async setHelpful(id: string, userId: string, helpful: boolean): Promise<StoredPost | null> {
    const update = helpful ? { $addToSet: { helpfulBy: userId } } : { $pull: { helpfulBy: userId } };
    const doc = await this.model.findByIdAndUpdate(id, update, { new: true }).lean<PostDoc>().exec();
    return doc ? toPost(doc) : null;
  }

  async report(id: string, userId: string): Promise<StoredPost | null> {
    const doc = await this.model
      .findByIdAndUpdate(id, { $addToSet: { reportedBy: userId } }, { new: true })
      .lean<PostDoc>()
      .exec();
    return doc ? toPost(doc) : null;
  }

  /**
   * Replaces the text and its history in one write, only if nobody changed the text since
   * `seenRevision` was read; null otherwise (the caller refuses or reads again).
   */
  async rewriteText(
    id: string,
    seenRevision: number,
    change: { body: string; ownership: StoredOwnership },
  ): Promise<StoredPost | null> {
    const result = await this.model.updateOne({ _id: id, ...revisionFilter(seenRevision) }, { $set: change }).exec();
    return result.matchedCount === 0 ? null : this.findById(id);
  }

  async setStatus(id: string, status: PostStatus): Promise<StoredPost | null> {
    const doc = await this.model
      .findByIdAndUpdate(id, { $set: { status, reportedBy: [] } }, { new: true })
      .lean<PostDoc>()
      .exec();
    return doc ? toPost(doc) : null;
  }
}
