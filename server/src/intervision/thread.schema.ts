import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';
import type { CompassPillar, PostStatus, ThreadKind } from '@leernetwerk/shared';
import type { StoredOwnership } from '../common/content-history';

/** A thread under a technology, with its opening post. */
@Schema({ collection: 'intervision_threads', timestamps: true })
export class ThreadRecord {
  @Prop({ required: true, index: true })
  technologyId!: string;

  @Prop({ type: String, required: true })
  kind!: ThreadKind;

  @Prop({ required: true })
  title!: string;

  @Prop({ required: true })
  body!: string;

  @Prop({ type: String, default: null })
  pillar!: CompassPillar | null;

  @Prop({ type: [String], default: [] })
  tags!: string[];

  @Prop({ required: true })
  authorId!: string;

  @Prop({ default: false })
  askAmbassadors!: boolean;

  @Prop({ default: false })
  answeredByAmbassador!: boolean;

  @Prop({ default: 0 })
  replyCount!: number;

  /** Who found the opening post helpful; one mark per person. */
  @Prop({ type: [String], default: [] })
  helpfulBy!: string[];

  @Prop({ type: [String], default: [] })
  reportedBy!: string[];

  @Prop({ type: String, default: 'published' })
  status!: PostStatus;

  @Prop({ type: Date, default: () => new Date() })
  lastActivityAt!: Date;

  /** The text's own history: revision, edits, deletion by the writer, personal data removed (see content-history). */
  @Prop({ type: MongooseSchema.Types.Mixed, default: null })
  ownership!: StoredOwnership | null;
}

export const ThreadSchema = SchemaFactory.createForClass(ThreadRecord);
