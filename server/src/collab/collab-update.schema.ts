import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * One Yjs update of one document, appended and never changed: a group commit inserts its updates in
 * one `insertMany`, and compaction folds a document's updates into its snapshot and then deletes
 * exactly those it read. The `_id` (an ObjectId: time, process, counter) orders a document's updates
 * without a counter to keep; Yjs updates commute anyway, and re-applying one is harmless. One small
 * record per update keeps every record far below MongoDB's 16 MB, however long a café runs.
 */
@Schema({ collection: 'collab_updates', versionKey: false })
export class CollabUpdateRecord {
  @Prop({ type: String, required: true })
  docId!: string;

  @Prop({ type: Buffer, required: true })
  update!: Buffer;
}

export const CollabUpdateSchema = SchemaFactory.createForClass(CollabUpdateRecord);
// Loading and compacting read one document's updates in order.
CollabUpdateSchema.index({ docId: 1, _id: 1 });
