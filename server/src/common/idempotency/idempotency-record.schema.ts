import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

/**
 * One create request made with an `Idempotency-Key`. The `_id` is `${userId}:${key}`, so the first
 * request to insert it wins on every database (the `_id` is always unique) and a repeat, in this or
 * another process, finds it instead of creating again.
 */
@Schema({ collection: 'idempotency_keys', versionKey: false })
export class IdempotencyRecord {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ required: true })
  userId!: string;

  /** Method, path and body of the first request, hashed: a repeat with another body is refused. */
  @Prop({ required: true })
  fingerprint!: string;

  /** `pending` while the first request runs; `done` once its answer is stored. */
  @Prop({ type: String, required: true })
  state!: 'pending' | 'done';

  /** The first answer's JSON text (a string, so no field name of the answer becomes a stored key). */
  @Prop({ type: String })
  body?: string;

  /** No TTL index on FerretDB: records older than the retention are deleted by the repository. */
  @Prop({ required: true, index: true })
  createdAt!: Date;
}

export const IdempotencyRecordSchema = SchemaFactory.createForClass(IdempotencyRecord);
