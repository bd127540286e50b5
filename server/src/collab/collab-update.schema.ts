import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * One group commit's worth of Yjs updates for one document. The log is append-only; Yjs updates
 * commute and re-applying one is harmless, so order and duplicates do not matter on load.
 */
@Schema({ collection: 'collab_updates', versionKey: false })
export class CollabUpdateRecord {
  @Prop({ required: true, index: true })
  docId!: string;

  @Prop({ type: [Buffer], required: true })
  updates!: Buffer[];

  @Prop({ required: true })
  createdAt!: Date;
}

export const CollabUpdateSchema = SchemaFactory.createForClass(CollabUpdateRecord);
