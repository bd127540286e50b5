import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import type { Technology, TechnologyKind } from '@leernetwerk/shared';
import { isDuplicateKeyError } from '../common/mongo-errors';
import { toObjectId } from '../common/mongo-id';
import { TechnologyRecord } from './technology.schema';

type TechnologyDoc = TechnologyRecord & { _id: Types.ObjectId };

function toTechnology(doc: TechnologyDoc): Technology {
  return { id: doc._id.toHexString(), name: doc.name, kind: doc.kind, description: doc.description };
}

export class DuplicateTechnologyError extends Error {}

@Injectable()
export class TechnologiesRepository {
  constructor(@InjectModel(TechnologyRecord.name) private readonly model: Model<TechnologyRecord>) {}

  async create(input: { name: string; kind: TechnologyKind; description: string }): Promise<Technology> {
    try {
      const created = await this.model.create(input);
      return toTechnology(created.toObject<TechnologyDoc>());
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new DuplicateTechnologyError();
      throw error;
    }
  }

  async list(): Promise<Technology[]> {
    const docs = await this.model.find().sort({ name: 1 }).lean<TechnologyDoc[]>().exec();
    return docs.map(toTechnology);
  }

  async findById(id: string): Promise<Technology | null> {
    const doc = await this.model.findById(id).lean<TechnologyDoc>().exec();
    return doc ? toTechnology(doc) : null;
  }

  async countExisting(ids: string[]): Promise<number> {
    return this.model.countDocuments({ _id: { $in: ids.map(toObjectId) } }).exec();
  }

  async update(
    id: string,
    changes: Partial<{ name: string; kind: TechnologyKind; description: string }>,
  ): Promise<Technology | null> {
    try {
      const doc = await this.model.findByIdAndUpdate(id, { $set: changes }, { new: true }).lean<TechnologyDoc>().exec();
      return doc ? toTechnology(doc) : null;
    } catch (error) {
      if (isDuplicateKeyError(error)) throw new DuplicateTechnologyError();
      throw error;
    }
  }
}
