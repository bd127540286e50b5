import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';

/**
 * One refresh token of a login session. Only a hash of the token is stored, so a database leak
 * yields no sessions. A spent token stays as a record with `rotatedAt` until its session would have
 * expired, so presenting it again is recognised as reuse.
 */
@Schema({ collection: 'refresh_tokens' })
export class RefreshTokenRecord {
  @Prop({ required: true, unique: true })
  tokenHash!: string;

  @Prop({ type: Types.ObjectId, required: true, index: true })
  userId!: Types.ObjectId;

  @Prop({ type: Types.ObjectId, required: true, index: true })
  sessionId!: Types.ObjectId;

  @Prop({ required: true })
  createdAt!: Date;

  @Prop({ required: true, index: true })
  expiresAt!: Date;

  /** Set once the token was exchanged for its successor. */
  @Prop({ type: Date })
  rotatedAt?: Date;
}

export const RefreshTokenSchema = SchemaFactory.createForClass(RefreshTokenRecord);
