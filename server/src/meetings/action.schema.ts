import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { ActionStatus } from '@leernetwerk/shared';

/** An action named during a meeting: who does what by when, perhaps for a bottleneck. */
@Schema({ collection: 'meeting_actions', timestamps: true })
export class ActionRecord {
  @Prop({ required: true, index: true })
  meetingId!: string;

  @Prop({ required: true })
  text!: string;

  @Prop({ required: true, index: true })
  ownerId!: string;

  /** A calendar date, `YYYY-MM-DD`. */
  @Prop({ type: String, default: null })
  dueDate!: string | null;

  @Prop({ type: String, required: true })
  status!: ActionStatus;

  @Prop({ type: String, default: null })
  bottleneckId!: string | null;

  @Prop({ required: true })
  createdBy!: string;
}

export const ActionSchema = SchemaFactory.createForClass(ActionRecord);
