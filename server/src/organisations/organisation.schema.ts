import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Types } from 'mongoose';

@Schema({ collection: 'organisations', timestamps: true })
export class OrganisationRecord {
  @Prop({ required: true })
  name!: string;

  @Prop({ type: String, required: true, default: 'member' })
  kind!: 'sector-body' | 'member';

  @Prop({ default: '' })
  description!: string;

  @Prop({ type: [Types.ObjectId], default: [] })
  technologyIds!: Types.ObjectId[];

  /** Secret that lets a person register into this organisation; coordinators rotate it. */
  @Prop({ required: true, unique: true })
  inviteCode!: string;
}

export const OrganisationSchema = SchemaFactory.createForClass(OrganisationRecord);
