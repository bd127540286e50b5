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

  /** Who reported it since a facilitator last decided; one report per person. */
  @Prop({ type: [String], default: [] })
  reportedBy!: string[];

  @Prop({ type: [String], default: [] })
  reportReasons!: string[];
}

export const StatementSchema = SchemaFactory.createForClass(StatementRecord);
