import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** Someone follows a technology or a thread; `_id` is `<userId>:<kind>:<targetId>`, so following twice is one. */
@Schema({ collection: 'intervision_follows', versionKey: false })
export class FollowRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  userId!: string;

  @Prop({ type: String, required: true })
  kind!: 'technology' | 'thread';

  @Prop({ required: true, index: true })
  targetId!: string;
}

export const FollowSchema = SchemaFactory.createForClass(FollowRecord);
