import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { ConversationStatus, ModerationMode, VotePhase } from '@leernetwerk/shared';

@Schema({ collection: 'conversations', timestamps: true })
export class ConversationRecord {
  @Prop({ required: true })
  title!: string;

  @Prop({ default: '' })
  description!: string;

  @Prop({ type: String, required: true })
  status!: ConversationStatus;

  @Prop({ type: String, required: true })
  moderation!: ModerationMode;

  @Prop({ required: true })
  allowProposals!: boolean;

  @Prop({ type: String, default: 'before' })
  votingPhase!: VotePhase;

  @Prop({ required: true })
  createdBy!: string;
}

export const ConversationSchema = SchemaFactory.createForClass(ConversationRecord);
