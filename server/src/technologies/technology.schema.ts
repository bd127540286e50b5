import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { TechnologyKind } from '@leernetwerk/shared';

@Schema({ collection: 'technologies', timestamps: true })
export class TechnologyRecord {
  @Prop({ required: true, unique: true })
  name!: string;

  @Prop({ type: String, required: true })
  kind!: TechnologyKind;

  @Prop({ default: '' })
  description!: string;
}

export const TechnologySchema = SchemaFactory.createForClass(TechnologyRecord);
