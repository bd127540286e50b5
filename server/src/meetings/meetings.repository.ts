import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import { MeetingRecord } from './meeting.schema';

type MeetingDoc = MeetingRecord & { _id: Types.ObjectId; createdAt: Date };

/** A meeting as the services work with it. */
export type StoredMeeting = Omit<MeetingRecord, 'startsAt'> & { id: string; startsAt: string; createdAt: string };

function toMeeting(doc: MeetingDoc): StoredMeeting {
  const { _id, createdAt, startsAt, ...rest } = doc;
  return {
    ...rest,
    id: _id.toHexString(),
    startsAt: startsAt.toISOString(),
    createdAt: createdAt.toISOString(),
    agenda: doc.agenda ?? [],
    attendees: doc.attendees ?? [],
    description: doc.description ?? '',
  };
}

export type MeetingChange = Partial<Omit<MeetingRecord, 'createdBy'>>;

@Injectable()
export class MeetingsRepository {
  constructor(@InjectModel(MeetingRecord.name) private readonly model: Model<MeetingRecord>) {}

  async create(input: MeetingRecord): Promise<StoredMeeting> {
    const created = await this.model.create(input);
    return toMeeting(created.toObject<MeetingDoc>());
  }

  async findById(id: string): Promise<StoredMeeting | null> {
    const doc = await this.model.findById(id).lean<MeetingDoc>().exec();
    return doc ? toMeeting(doc) : null;
  }

  async list(): Promise<StoredMeeting[]> {
    const docs = await this.model.find().sort({ startsAt: -1 }).lean<MeetingDoc[]>().exec();
    return docs.map(toMeeting);
  }

  /** Writes whole fields (never nested operators: the embedded database applies those non-atomically). */
  async update(id: string, change: MeetingChange): Promise<StoredMeeting> {
    await this.model.updateOne({ _id: id }, { $set: change }).exec();
    const updated = await this.findById(id);
    if (!updated) throw new Error(`Meeting ${id} vanished during an update`);
    return updated;
  }
}
