import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { StatementStatus } from '@leernetwerk/shared';

@Schema({ collection: 'statements', timestamps: true })
export class StatementRecord {
  @Prop({ required: true, index: true })
  conversationId!: string;

  @Prop({ required: true })
  text!: string;

  @Prop({ type: String, required: true })
  status!: StatementStatus;

  @Prop({ required: true })
  authorId!: string;
}

export const StatementSchema = SchemaFactory.createForClass(StatementRecord);
