import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';
import type { CaseStep, PostStatus } from '@leernetwerk/shared';
import type { StoredOwnership } from '../common/content-history';

/** A reply in a thread (for a case: a contribution to one of its steps). */
@Schema({ collection: 'intervision_posts', timestamps: true })
export class PostRecord {
  @Prop({ required: true, index: true })
  threadId!: string;

  @Prop({ required: true })
  technologyId!: string;

  @Prop({ required: true })
  body!: string;

  @Prop({ type: String, default: null })
  step!: CaseStep | null;

  @Prop({ required: true })
  authorId!: string;

  @Prop({ type: [String], default: [] })
  helpfulBy!: string[];

  @Prop({ type: [String], default: [] })
  reportedBy!: string[];

  @Prop({ type: String, default: 'published' })
  status!: PostStatus;

  /** The text's own history: revision, edits, deletion by the writer, personal data removed (see content-history). */
  @Prop({ type: MongooseSchema.Types.Mixed, default: null })
  ownership!: StoredOwnership | null;
}

export const PostSchema = SchemaFactory.createForClass(PostRecord);
