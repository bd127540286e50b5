import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';
import type { CafeState, CafeTimer, HarvestFeedback, HarvestStatus, Seating, TablePrompt } from '@leernetwerk/shared';

export interface StoredCafeTable {
  prompt: TablePrompt;
  hostId: string | null;
}

export interface StoredCafeParticipant {
  id: string;
  name: string;
  organisationId: string;
}

/**
 * A world café, all its state in one document: one read to show it, one conditional write per
 * change (compare-and-set on `revision`, see CafeChanges).
 */
@Schema({ collection: 'cafes', timestamps: true })
export class CafeRecord {
  @Prop({ required: true })
  title!: string;

  @Prop({ default: '' })
  centralQuestion!: string;

  @Prop({ type: String, default: null })
  conversationId!: string | null;

  @Prop({ type: String, required: true })
  state!: CafeState;

  @Prop({ required: true })
  rounds!: number;

  @Prop({ required: true })
  minutesPerRound!: number;

  @Prop({ required: true })
  tableSize!: number;

  /** The server starts the next round when the clock reaches 0:00 (never after the last round). */
  @Prop({ type: Boolean, default: false })
  autoAdvance!: boolean;

  @Prop({ type: [MongooseSchema.Types.Mixed], default: [] })
  tables!: StoredCafeTable[];

  @Prop({ default: 0 })
  round!: number;

  @Prop({ type: MongooseSchema.Types.Mixed, default: { status: 'idle' } })
  timer!: CafeTimer;

  @Prop({ type: [MongooseSchema.Types.Mixed], default: [] })
  seatings!: Seating[];

  @Prop({ type: [MongooseSchema.Types.Mixed], default: [] })
  participants!: StoredCafeParticipant[];

  @Prop({ type: MongooseSchema.Types.Mixed, default: null })
  lastBroadcast!: { text: string; at: number } | null;

  /** The facilitator called everyone back to the plenary; the seats stay for the tables' return. */
  @Prop({ type: Boolean, default: false })
  inPlenary!: boolean;

  /** When round 1 started: the day the café was held (the harvest's date), not the day it was set up. */
  @Prop({ type: String, default: null })
  startedAt!: string | null;

  @Prop({ type: MongooseSchema.Types.Mixed, default: { status: 'draft', feedback: [] } })
  harvest!: { status: HarvestStatus; feedback: HarvestFeedback[] };

  /** Seeds the seating, so a café's rounds can be reproduced. */
  @Prop({ required: true })
  seed!: number;

  @Prop({ required: true })
  createdBy!: string;

  /**
   * Counts stored changes: a change is stored only if nobody stored one since it was read, so
   * server processes sharing the database never overwrite each other's change of a café.
   */
  @Prop({ type: Number, default: 0 })
  revision!: number;
}

export const CafeSchema = SchemaFactory.createForClass(CafeRecord);
