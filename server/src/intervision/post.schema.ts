import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { CaseStep, PostStatus } from '@leernetwerk/shared';

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
}

export const PostSchema = SchemaFactory.createForClass(PostRecord);
