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
    accreditation: doc.accreditation ?? null,
    revision: doc.revision ?? 0,
  };
}

export type MeetingChange = Partial<Omit<MeetingRecord, 'createdBy' | 'revision'>>;

@Injectable()
export class MeetingsRepository {
  constructor(@InjectModel(MeetingRecord.name) private readonly model: Model<MeetingRecord>) {}

  async create(input: Omit<MeetingRecord, 'revision'>): Promise<StoredMeeting> {
    const created = await this.model.create({ ...input, revision: 0 });
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

  /**
   * Writes whole fields (never nested operators: the embedded database applies those
   * non-atomically), only if the meeting is still at the revision that was read; null if someone
   * else wrote in between.
   */
  async updateIfUnchanged(seen: StoredMeeting, change: MeetingChange): Promise<StoredMeeting | null> {
    const result = await this.model
      .updateOne({ _id: seen.id, revision: seen.revision }, { $set: { ...change, revision: seen.revision + 1 } })
      .exec();
    return result.matchedCount === 0 ? null : this.findById(seen.id);
  }

  /** For demo content only: check-in times of a meeting that took place before the database existed. */
  async rewriteAttendance(id: string, attendees: StoredMeeting['attendees']): Promise<void> {
    await this.model.updateOne({ _id: id }, { $set: { attendees } }, { timestamps: false }).exec();
  }
}
