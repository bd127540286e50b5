import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * The update log as earlier versions stored it: one growing record per document. New updates go to
 * `collab_updates` (CollabUpdateRecord); a record left here by an earlier version is still read on
 * load and removed by the document's next compaction, so nothing written before is lost.
 */
@Schema({ collection: 'collab_logs', versionKey: false })
export class CollabLogRecord {
  /** The document id. */
  @Prop({ type: String })
  _id!: string;

  @Prop({ type: [Buffer], required: true })
  updates!: Buffer[];

  /** How many updates were ever appended; never decreases, so compaction can tell if more arrived. */
  @Prop({ required: true })
  appended!: number;
}

export const CollabLogSchema = SchemaFactory.createForClass(CollabLogRecord);
