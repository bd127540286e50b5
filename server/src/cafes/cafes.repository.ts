import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { CafeSeen } from '@leernetwerk/shared';
import type { Model, Types } from 'mongoose';
import { CafeRecord, type StoredCafeParticipant } from './cafe.schema';

type CafeDoc = CafeRecord & { _id: Types.ObjectId; createdAt: Date };

/** A café whose round clock ran out, and what it was when found. */
export interface DueCafe {
  id: string;
  seen: CafeSeen;
}

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
    startedAt: doc.startedAt ?? null,
    autoAdvance: doc.autoAdvance ?? false,
    revision: doc.revision ?? 0,
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

  /**
   * Writes the café's changeable fields only if its revision is still the one `cafe` was read at,
   * in one atomic write, and moves the revision on. False: another change came first; read again.
   */
  async save(cafe: StoredCafe): Promise<boolean> {
    const fields: Omit<CafeRecord, 'seed' | 'createdBy' | 'revision'> = {
      title: cafe.title,
      centralQuestion: cafe.centralQuestion,
      conversationId: cafe.conversationId,
      state: cafe.state,
      rounds: cafe.rounds,
      minutesPerRound: cafe.minutesPerRound,
      tableSize: cafe.tableSize,
      autoAdvance: cafe.autoAdvance,
      tables: cafe.tables,
      round: cafe.round,
      timer: cafe.timer,
      seatings: cafe.seatings,
      participants: cafe.participants,
      lastBroadcast: cafe.lastBroadcast,
      inPlenary: cafe.inPlenary,
      startedAt: cafe.startedAt,
      harvest: cafe.harvest,
    };
    // Cafés stored before revisions existed have none; the first change gives them one.
    const sameRevision =
      cafe.revision === 0 ? { $or: [{ revision: 0 }, { revision: { $exists: false } }] } : { revision: cafe.revision };
    const result = await this.model
      .updateOne({ _id: cafe.id, ...sameRevision }, { $set: { ...fields, revision: cafe.revision + 1 } })
      .exec();
    return result.matchedCount === 1;
  }

  /**
   * Adds someone to a café's lobby in one atomic write (`$push` guarded by the filter, so two joins
   * at once never undo each other and need no read first), and moves the revision on so changes
   * read before it are made again. Answers the café as stored after it, or null when the café is not
   * in its lobby, they created it, or they are already in it.
   */
  async joinLobby(id: string, participant: StoredCafeParticipant): Promise<StoredCafe | null> {
    const doc = await this.model
      .findOneAndUpdate(
        // `$nor` rather than `'participants.id': { $ne }`: the embedded FerretDB 1.24 answers `$ne` on a
        // path into an array of documents wrongly once it holds two (MongoDB means the same by both).
        {
          _id: id,
          state: 'lobby',
          createdBy: { $ne: participant.id },
          $nor: [{ 'participants.id': participant.id }],
        },
        { $push: { participants: participant }, $inc: { revision: 1 } },
        { new: true },
      )
      .lean<CafeDoc>()
      .exec();
    return doc ? toCafe(doc) : null;
  }

  /**
   * Running cafés that advance by themselves, whose clock has run out and that have a round left,
   * as they were: the advance is stored only if they are still so.
   */
  async dueToAdvance(now: number): Promise<DueCafe[]> {
    const docs = await this.model
      .find({ state: 'running', autoAdvance: true, 'timer.status': 'running', 'timer.endsAt': { $lte: now } })
      .select({ state: 1, round: 1, rounds: 1, timer: 1 })
      .lean<Pick<CafeDoc, '_id' | 'state' | 'round' | 'rounds' | 'timer'>[]>()
      .exec();
    return docs
      .filter((doc) => doc.round < doc.rounds)
      .map((doc) => ({ id: doc._id.toHexString(), seen: { state: doc.state, round: doc.round, timer: doc.timer } }));
  }
}
