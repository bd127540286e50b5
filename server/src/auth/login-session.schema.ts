import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';

/**
 * One login on one device: the family of refresh tokens that rotate from it, and the `sid` of every
 * access token issued in it. Deleting it ends the session everywhere (refresh, REST, new sockets).
 */
@Schema({ collection: 'login_sessions' })
export class LoginSessionRecord {
  @Prop({ type: Types.ObjectId, required: true, index: true })
  userId!: Types.ObjectId;

  @Prop({ required: true })
  createdAt!: Date;

  /** Moves forward with each refresh. */
  @Prop({ required: true, index: true })
  expiresAt!: Date;
}

export const LoginSessionSchema = SchemaFactory.createForClass(LoginSessionRecord);
