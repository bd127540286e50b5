import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';

/** One login session. Only a hash of the token is stored, so a database leak yields no sessions. */
@Schema({ collection: 'refresh_tokens' })
export class RefreshTokenRecord {
  @Prop({ required: true, unique: true })
  tokenHash!: string;

  @Prop({ type: Types.ObjectId, required: true, index: true })
  userId!: Types.ObjectId;

  @Prop({ required: true })
  createdAt!: Date;

  @Prop({ required: true, index: true })
  expiresAt!: Date;
}

export const RefreshTokenSchema = SchemaFactory.createForClass(RefreshTokenRecord);
