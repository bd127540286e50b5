import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';
import type { Role } from '@leernetwerk/shared';

@Schema({ collection: 'users', timestamps: true })
export class UserRecord {
  @Prop({ required: true })
  name!: string;

  /** Stored lower-cased; unique across the network. */
  @Prop({ required: true, unique: true })
  email!: string;

  @Prop({ required: true })
  passwordHash!: string;

  @Prop({ type: Types.ObjectId, required: true, index: true })
  organisationId!: Types.ObjectId;

  @Prop({ type: [String], default: ['participant'] })
  roles!: Role[];

  @Prop({ type: [Types.ObjectId], default: [] })
  ambassadorOf!: Types.ObjectId[];

  @Prop({ type: String, default: 'nl' })
  locale!: 'nl' | 'en';

  /** Set while a coordinator or admin has blocked the account: no login, no connection. */
  @Prop({ type: Date, default: null })
  disabledAt!: Date | null;

  createdAt!: Date;
}

export const UserSchema = SchemaFactory.createForClass(UserRecord);
