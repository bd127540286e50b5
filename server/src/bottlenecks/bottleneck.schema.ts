import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';
import type { BottleneckScope, BottleneckSource, BottleneckStatus, CompassPillar } from '@leernetwerk/shared';
import type { StoredOwnership } from '../common/content-history';

/** An organisation that has the bottleneck, and who said so; one entry per organisation. */
export interface StoredAffected {
  organisationId: string;
  userId: string;
  note: string;
  /** Its member reported it (here, or in a duplicate merged into it). */
  reported: boolean;
  at: string;
}

/** Timeline entries keep ids, not names: names are looked up when shown (and vanish on erasure). */
export type StoredTimelineEntry =
  | { kind: 'reported'; at: string; actorId: string; mergedFrom: string | null }
  | {
      kind: 'status';
      at: string;
      actorId: string;
      from: BottleneckStatus;
      to: BottleneckStatus;
      explanation: string;
      mergedFrom: string | null;
    }
  | { kind: 'supported'; at: string; organisationId: string; mergedFrom: string | null }
  | {
      kind: 'merged';
      at: string;
      actorId: string;
      duplicateTitle: string;
      explanation: string;
      mergedFrom: string | null;
    };

/**
 * A bottleneck with everything about it in one document (who has it, who follows it, its
 * timeline), so one read shows it and each change is one write, made one at a time per
 * bottleneck (see BottlenecksService.change and `revision`).
 */
@Schema({ collection: 'bottlenecks', timestamps: true })
export class BottleneckRecord {
  @Prop({ required: true })
  title!: string;

  @Prop({ required: true })
  description!: string;

  @Prop({ type: String, default: null })
  technologyId!: string | null;

  @Prop({ type: String, default: null })
  pillar!: CompassPillar | null;

  @Prop({ type: String, required: true })
  scope!: BottleneckScope;

  @Prop({ type: String, required: true })
  status!: BottleneckStatus;

  @Prop({ type: MongooseSchema.Types.Mixed, required: true })
  source!: BottleneckSource;

  @Prop({ required: true })
  reporterId!: string;

  @Prop({ type: [MongooseSchema.Types.Mixed], default: [] })
  affected!: StoredAffected[];

  /** Everyone who reported or supported it: they are told of every change. */
  @Prop({ type: [String], default: [] })
  followerIds!: string[];

  @Prop({ type: [MongooseSchema.Types.Mixed], default: [] })
  timeline!: StoredTimelineEntry[];

  /** The bottleneck this duplicate was merged into. */
  @Prop({ type: String, default: null })
  mergedInto!: string | null;

  /** Counts the writes: a change is stored only if nobody else (another process) wrote in between. */
  @Prop({ default: 0 })
  revision!: number;

  /** The report's own history: its text revision, edits, deletion by the reporter, personal data removed. */
  @Prop({ type: MongooseSchema.Types.Mixed, default: null })
  ownership!: StoredOwnership | null;
}

export const BottleneckSchema = SchemaFactory.createForClass(BottleneckRecord);
