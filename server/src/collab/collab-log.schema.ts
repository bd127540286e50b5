import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * The updates of one document since its last compaction, in one record keyed by the document id.
 * One record per document (not per update) because the embedded database only finds records
 * quickly by `_id`: loading and compacting then read one small record, however many other
 * documents have logs. Yjs updates commute and re-applying one is harmless, so order and
 * duplicates do not matter on load.
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
