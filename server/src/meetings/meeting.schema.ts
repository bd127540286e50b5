import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';
import type { Accreditation, AgendaBlockKind, MeetingState } from '@leernetwerk/shared';

export interface StoredAgendaBlock {
  kind: AgendaBlockKind;
  title: string;
  minutes: number;
  linkId: string | null;
}

export interface StoredAttendee {
  userId: string;
  checkedInAt: string;
  by: 'self' | 'facilitator';
}

/** A learning-network meeting with its agenda and attendance; its minutes are a Yjs document. */
@Schema({ collection: 'meetings', timestamps: true })
export class MeetingRecord {
  @Prop({ required: true })
  title!: string;

  @Prop({ default: '' })
  description!: string;

  @Prop({ type: Date, required: true })
  startsAt!: Date;

  @Prop({ required: true })
  durationMinutes!: number;

  @Prop({ required: true })
  facilitatorId!: string;

  @Prop({ type: String, required: true })
  state!: MeetingState;

  @Prop({ type: [MongooseSchema.Types.Mixed], default: [] })
  agenda!: StoredAgendaBlock[];

  @Prop({ type: [MongooseSchema.Types.Mixed], default: [] })
  attendees!: StoredAttendee[];

  /** Entered by the facilitator; printed on the certificates. */
  @Prop({ type: MongooseSchema.Types.Mixed, default: null })
  accreditation!: Accreditation | null;

  @Prop({ required: true })
  createdBy!: string;

  /** Counts the writes: a change is stored only if nobody else (another process) wrote in between. */
  @Prop({ default: 0 })
  revision!: number;
}

export const MeetingSchema = SchemaFactory.createForClass(MeetingRecord);
