import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { ReplyKind, StatementStatus } from '@leernetwerk/shared';

/** An argument for or against a statement, or a question about it; moderated like statements. */
@Schema({ collection: 'statement_replies', timestamps: true })
export class ReplyRecord {
  @Prop({ required: true, index: true })
  conversationId!: string;

  @Prop({ required: true })
  statementId!: string;

  @Prop({ type: String, required: true })
  kind!: ReplyKind;

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

export const ReplySchema = SchemaFactory.createForClass(ReplyRecord);
