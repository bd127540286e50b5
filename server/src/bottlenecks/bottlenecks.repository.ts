import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import { storedOwnership, type StoredOwnership } from '../common/content-history';
import { BottleneckRecord } from './bottleneck.schema';

type BottleneckDoc = BottleneckRecord & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };

/** A bottleneck as the services work with it. */
export type StoredBottleneck = Omit<BottleneckRecord, 'ownership'> & {
  id: string;
  createdAt: string;
  updatedAt: string;
  ownership: StoredOwnership;
};

function toBottleneck(doc: BottleneckDoc): StoredBottleneck {
  const { _id, createdAt, updatedAt, ...rest } = doc;
  return {
    ...rest,
    id: _id.toHexString(),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    technologyId: doc.technologyId ?? null,
    pillar: doc.pillar ?? null,
    affected: doc.affected ?? [],
    followerIds: doc.followerIds ?? [],
    timeline: doc.timeline ?? [],
    mergedInto: doc.mergedInto ?? null,
    revision: doc.revision ?? 0,
    ownership: storedOwnership(doc.ownership ?? {}),
  };
}

/** The parts of a bottleneck a change may replace. */
export type BottleneckChange = Partial<
  Pick<BottleneckRecord, 'status' | 'affected' | 'followerIds' | 'timeline' | 'mergedInto' | 'reporterId'>
> & { title?: string; description?: string; ownership?: StoredOwnership };

@Injectable()
export class BottlenecksRepository {
  constructor(@InjectModel(BottleneckRecord.name) private readonly model: Model<BottleneckRecord>) {}

  async create(input: Omit<BottleneckRecord, 'ownership'>): Promise<StoredBottleneck> {
    const created = await this.model.create(input);
    return toBottleneck(created.toObject<BottleneckDoc>());
  }

  async findById(id: string): Promise<StoredBottleneck | null> {
    const doc = await this.model.findById(id).lean<BottleneckDoc>().exec();
    return doc ? toBottleneck(doc) : null;
  }

  async listAll(): Promise<StoredBottleneck[]> {
    const docs = await this.model.find().lean<BottleneckDoc[]>().exec();
    return docs.map(toBottleneck);
  }

  /**
   * Writes whole fields (never nested operators: the embedded database applies those
   * non-atomically), only if the bottleneck is still at the revision that was read; null if
   * someone else wrote in between (then read again and retry).
   */
  async updateIfUnchanged(seen: StoredBottleneck, change: BottleneckChange): Promise<StoredBottleneck | null> {
    const result = await this.model
      .updateOne({ _id: seen.id, revision: seen.revision }, { $set: { ...change, revision: seen.revision + 1 } })
      .exec();
    return result.matchedCount === 0 ? null : this.findById(seen.id);
  }

  /**
   * For demo content only: gives a seeded bottleneck the dates of a past it did not live through
   * (the services stamp everything "now"). Not for changes users make: no revision check.
   */
  async rewriteHistory(
    id: string,
    history: Pick<StoredBottleneck, 'createdAt' | 'updatedAt' | 'timeline' | 'affected'>,
  ): Promise<void> {
    const { createdAt, updatedAt, ...rest } = history;
    await this.model
      .updateOne(
        { _id: id },
        { $set: { ...rest, createdAt: new Date(createdAt), updatedAt: new Date(updatedAt) } },
        { timestamps: false, overwriteImmutable: true },
      )
      .exec();
  }
}
