import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { NotificationKind, NotificationLink } from '@leernetwerk/shared';

@Schema({ collection: 'notifications', timestamps: true })
export class NotificationRecord {
  @Prop({ required: true })
  userId!: string;

  @Prop({ type: String, required: true })
  kind!: NotificationKind;

  /** What it opens; absent on notifications stored before there were other kinds than threads. */
  @Prop({ type: Object })
  link?: NotificationLink;

  /** Kept for those older thread notifications. */
  @Prop()
  threadId?: string;

  @Prop()
  technologyId?: string;

  @Prop({ required: true })
  title!: string;

  @Prop({ required: true })
  actorName!: string;

  @Prop({ default: false })
  read!: boolean;
}

export const NotificationSchema = SchemaFactory.createForClass(NotificationRecord);
// A person's list (newest first) and their unread count.
NotificationSchema.index({ userId: 1, _id: -1 });
NotificationSchema.index({ userId: 1, read: 1 });
