import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { NotificationKind } from '@leernetwerk/shared';

@Schema({ collection: 'notifications', timestamps: true })
export class NotificationRecord {
  @Prop({ required: true, index: true })
  userId!: string;

  @Prop({ type: String, required: true })
  kind!: NotificationKind;

  @Prop({ required: true })
  threadId!: string;

  @Prop({ required: true })
  technologyId!: string;

  @Prop({ required: true })
  title!: string;

  @Prop({ required: true })
  actorName!: string;

  @Prop({ default: false })
  read!: boolean;
}

export const NotificationSchema = SchemaFactory.createForClass(NotificationRecord);
