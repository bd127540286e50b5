import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/** The compacted state of a document; `version` guards against two processes overwriting each other. */
@Schema({ collection: 'collab_snapshots', versionKey: false })
export class CollabSnapshotRecord {
  /** The document id. */
  @Prop({ type: String })
  _id!: string;

  @Prop({ type: Buffer, required: true })
  state!: Buffer;

  @Prop({ required: true })
  version!: number;

  @Prop({ required: true })
  updatedAt!: Date;
}

export const CollabSnapshotSchema = SchemaFactory.createForClass(CollabSnapshotRecord);
