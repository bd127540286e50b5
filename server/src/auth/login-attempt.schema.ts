import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * One password check of an account: written before the check, marked failed when the password was
 * wrong, removed when it was refused unchecked, and all of an account's removed by a successful login.
 */
@Schema({ collection: 'login_attempts' })
export class LoginAttemptRecord {
  /** The normalised email that was tried, whether or not an account has it. */
  @Prop({ required: true, index: true })
  email!: string;

  /** The device-cookie id when the attempt came from a device that logged in to this account before. */
  @Prop({ type: String })
  device?: string;

  @Prop({ required: true, index: true })
  at!: Date;

  /** False while the password is being checked. */
  @Prop({ required: true, default: false })
  failed!: boolean;
}

export const LoginAttemptSchema = SchemaFactory.createForClass(LoginAttemptRecord);
