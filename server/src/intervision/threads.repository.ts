import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import type { PostStatus } from '@leernetwerk/shared';
import { revisionFilter, storedOwnership, type StoredOwnership } from '../common/content-history';
import { ThreadRecord } from './thread.schema';

type ThreadDoc = ThreadRecord & { _id: Types.ObjectId; createdAt: Date };

export type StoredThread = Omit<ThreadRecord, 'lastActivityAt' | 'ownership'> & {
  ownership: StoredOwnership;
  id: string;
  createdAt: string;
  lastActivityAt: string;
};

function toThread(doc: ThreadDoc): StoredThread {
  return {
    id: doc._id.toHexString(),
    technologyId: doc.technologyId,
    kind: doc.kind,
    title: doc.title,
    body: doc.body,
    pillar: doc.pillar ?? null,
    tags: doc.tags ?? [],
    authorId: doc.authorId,
    askAmbassadors: doc.askAmbassadors ?? false,
    answeredByAmbassador: doc.answeredByAmbassador ?? false,
    replyCount: doc.replyCount ?? 0,
    helpfulBy: doc.helpfulBy ?? [],
    reportedBy: doc.reportedBy ?? [],
    status: doc.status ?? 'published',
    createdAt: doc.createdAt.toISOString(),
    lastActivityAt: (doc.lastActivityAt ?? doc.createdAt).toISOString(),
    ownership: storedOwnership(doc.ownership ?? {}),
  };
}

export type NewThread = Pick<
  ThreadRecord,
  'technologyId' | 'kind' | 'title' | 'body' | 'pillar' | 'tags' | 'authorId' | 'askAmbassadors'
>;

@Injectable()
export class ThreadsRepository {
  constructor(@InjectModel(ThreadRecord.name) private readonly model: Model<ThreadRecord>) {}

  async create(input: NewThread): Promise<StoredThread> {
    const created = await this.model.create(input);
    return toThread(created.toObject<ThreadDoc>());
  }

  async findById(id: string): Promise<StoredThread | null> {
    const doc = await this.model.findById(id).lean<ThreadDoc>().exec();
    return doc ? toThread(doc) : null;
  }

  async listByTechnology(technologyId: string): Promise<StoredThread[]> {
    const docs = await this.model.find({ technologyId }).sort({ lastActivityAt: -1 }).lean<ThreadDoc[]>().exec();
    return docs.map(toThread);
  }

  async listAll(): Promise<StoredThread[]> {
    const docs = await this.model.find().lean<ThreadDoc[]>().exec();
    return docs.map(toThread);
  }

  /** In the order of `ids`; ids of threads that do not exist are left out. One `$in` query. */
  async findByIds(ids: readonly string[]): Promise<StoredThread[]> {
    const valid = ids.filter((id) => /^[0-9a-f]{24}$/.test(id));
    if (valid.length === 0) return [];
    const docs = await this.model
      .find({ _id: { $in: valid } })
      .lean<ThreadDoc[]>()
      .exec();
    const byId = new Map(docs.map((doc) => [doc._id.toHexString(), doc]));
    return valid.flatMap((id) => {
      const doc = byId.get(id);
      return doc ? [toThread(doc)] : [];
    });
  }

  /** A reply arrived: count it, and note when an ambassador answered. */
  async replied(id: string, byAmbassador: boolean): Promise<void> {
    await this.model
      .updateOne(
        { _id: id },
        {
          $inc: { replyCount: 1 },
          $set: { lastActivityAt: new Date(), ...(byAmbassador ? { answeredByAmbassador: true } : {}) },
        },
      )
      .exec();
  }

  async setHelpful(id: string, userId: string, helpful: boolean): Promise<StoredThread | null> {
    const update = helpful ? { $addToSet: { helpfulBy: userId } } : { $pull: { helpfulBy: userId } };
    const doc = await this.model.findByIdAndUpdate(id, update, { new: true }).lean<ThreadDoc>().exec();
    return doc ? toThread(doc) : null;
  }

  async report(id: string, userId: string): Promise<StoredThread | null> {
    const doc = await this.model
      .findByIdAndUpdate(id, { $addToSet: { reportedBy: userId } }, { new: true })
      .lean<ThreadDoc>()
      .exec();
    return doc ? toThread(doc) : null;
  }

  /**
   * Replaces the opening post and its history in one write, only if nobody changed the text since
   * `seenRevision` was read; null otherwise (the caller refuses or reads again).
   */
  async rewriteText(
    id: string,
    seenRevision: number,
    change: { title: string; body: string; ownership: StoredOwnership },
  ): Promise<StoredThread | null> {
    const result = await this.model.updateOne({ _id: id, ...revisionFilter(seenRevision) }, { $set: change }).exec();
    return result.matchedCount === 0 ? null : this.findById(id);
  }

  async setStatus(id: string, status: PostStatus): Promise<StoredThread | null> {
    const doc = await this.model
      .findByIdAndUpdate(id, { $set: { status, reportedBy: [] } }, { new: true })
      .lean<ThreadDoc>()
      .exec();
    return doc ? toThread(doc) : null;
  }
}
