import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { VotePhase, VoteValue } from '@leernetwerk/shared';

/**
 * One participant's vote on one statement in one phase. The `_id` is
 * `${statementId}:${participantId}:${phase}`, so changing a vote upserts the same document and a
 * vote can never be counted twice, without needing a unique index or a transaction.
 */
@Schema({ collection: 'votes', timestamps: true, versionKey: false })
export class StatementVoteRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true, index: true })
  conversationId!: string;

  @Prop({ required: true, index: true })
  statementId!: string;

  @Prop({ required: true })
  participantId!: string;

  @Prop({ type: String, required: true })
  value!: VoteValue;

  @Prop({ type: String, required: true })
  phase!: VotePhase;

  @Prop()
  reason?: string;
}

export const VoteSchema = SchemaFactory.createForClass(StatementVoteRecord);
