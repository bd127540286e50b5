import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import { CafeRecord } from './cafe.schema';

type CafeDoc = CafeRecord & { _id: Types.ObjectId; createdAt: Date };

/** A café as the services work with it. */
export type StoredCafe = CafeRecord & { id: string; createdAt: string };

function toCafe(doc: CafeDoc): StoredCafe {
  const { _id, createdAt, ...rest } = doc;
  return {
    ...rest,
    id: _id.toHexString(),
    createdAt: createdAt.toISOString(),
    tables: doc.tables ?? [],
    seatings: doc.seatings ?? [],
    participants: doc.participants ?? [],
    timer: doc.timer ?? { status: 'idle' },
    lastBroadcast: doc.lastBroadcast ?? null,
    inPlenary: doc.inPlenary ?? false,
    harvest: doc.harvest ?? { status: 'draft', feedback: [] },
  };
}

@Injectable()
export class CafesRepository {
  constructor(@InjectModel(CafeRecord.name) private readonly model: Model<CafeRecord>) {}

  async create(input: CafeRecord): Promise<StoredCafe> {
    const created = await this.model.create(input);
    return toCafe(created.toObject<CafeDoc>());
  }

  async list(): Promise<StoredCafe[]> {
    const docs = await this.model.find().sort({ createdAt: -1 }).lean<CafeDoc[]>().exec();
    return docs.map(toCafe);
  }

  async findById(id: string): Promise<StoredCafe | null> {
    const doc = await this.model.findById(id).lean<CafeDoc>().exec();
    return doc ? toCafe(doc) : null;
  }

  /** Writes the café's changeable fields; the caller holds the café's serial lock. */
  async save(cafe: StoredCafe): Promise<void> {
    const fields: Omit<CafeRecord, 'seed' | 'createdBy'> = {
      title: cafe.title,
      centralQuestion: cafe.centralQuestion,
      conversationId: cafe.conversationId,
      state: cafe.state,
      rounds: cafe.rounds,
      minutesPerRound: cafe.minutesPerRound,
      tableSize: cafe.tableSize,
      tables: cafe.tables,
      round: cafe.round,
      timer: cafe.timer,
      seatings: cafe.seatings,
      participants: cafe.participants,
      lastBroadcast: cafe.lastBroadcast,
      inPlenary: cafe.inPlenary,
      harvest: cafe.harvest,
    };
    await this.model.updateOne({ _id: cafe.id }, { $set: fields }).exec();
  }
}
