import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import { BottleneckRecord } from './bottleneck.schema';

type BottleneckDoc = BottleneckRecord & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };

/** A bottleneck as the services work with it. */
export type StoredBottleneck = BottleneckRecord & { id: string; createdAt: string; updatedAt: string };

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
  };
}

/** The parts of a bottleneck a change may replace. */
export type BottleneckChange = Partial<
  Pick<BottleneckRecord, 'status' | 'affected' | 'followerIds' | 'timeline' | 'mergedInto' | 'reporterId'>
>;

@Injectable()
export class BottlenecksRepository {
  constructor(@InjectModel(BottleneckRecord.name) private readonly model: Model<BottleneckRecord>) {}

  async create(input: BottleneckRecord): Promise<StoredBottleneck> {
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

  /** Writes whole fields (never nested operators: the embedded database applies those non-atomically). */
  async update(id: string, change: BottleneckChange): Promise<StoredBottleneck> {
    await this.model.updateOne({ _id: id }, { $set: change }).exec();
    const updated = await this.findById(id);
    if (!updated) throw new Error(`Bottleneck ${id} vanished during an update`);
    return updated;
  }

  async insertMany(inputs: BottleneckRecord[]): Promise<void> {
    await this.model.insertMany(inputs);
  }
}
