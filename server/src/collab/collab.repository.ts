import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { isDuplicateKeyError } from '../common/mongo-errors';
import { CollabSnapshotRecord } from './collab-snapshot.schema';
import { CollabUpdateRecord } from './collab-update.schema';

export interface StoredSnapshot {
  state: Uint8Array;
  version: number;
}

export interface StoredDocument {
  snapshot: StoredSnapshot | null;
  log: { id: string; updates: Uint8Array[] }[];
}

export interface LogBatchEntry {
  docId: string;
  updates: Uint8Array[];
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Bytes of a stored binary field, whether the driver hands back a Buffer or a BSON Binary. */
function toBytes(value: Buffer | { buffer: Uint8Array }): Uint8Array {
  return value instanceof Uint8Array ? value : value.buffer;
}

/** Persistence of Yjs documents: an append-only update log plus one compacted snapshot each. */
@Injectable()
export class CollabRepository {
  constructor(
    @InjectModel(CollabUpdateRecord.name) private readonly updates: Model<CollabUpdateRecord>,
    @InjectModel(CollabSnapshotRecord.name) private readonly snapshots: Model<CollabSnapshotRecord>,
  ) {}

  /** Writes one batch in a single round trip; returns the log entry id per input entry. */
  async appendBatch(entries: LogBatchEntry[]): Promise<string[]> {
    const now = new Date();
    const docs = entries.map((entry) => ({
      _id: new Types.ObjectId(),
      docId: entry.docId,
      updates: entry.updates.map(toBuffer),
      createdAt: now,
    }));
    await this.updates.collection.insertMany(docs, { ordered: false });
    return docs.map((doc) => doc._id.toHexString());
  }

  async load(docId: string): Promise<StoredDocument> {
    const [snapshot, log] = await Promise.all([
      this.snapshots.collection.findOne({ docId }),
      this.updates.collection.find({ docId }, { projection: { updates: 1 } }).toArray(),
    ]);
    return {
      snapshot: snapshot ? { state: toBytes(snapshot.state as Buffer), version: snapshot.version as number } : null,
      log: log.map((entry) => ({
        id: entry._id.toHexString(),
        updates: (entry.updates as Buffer[]).map(toBytes),
      })),
    };
  }

  async loadSnapshot(docId: string): Promise<StoredSnapshot | null> {
    const snapshot = await this.snapshots.collection.findOne({ docId });
    return snapshot ? { state: toBytes(snapshot.state as Buffer), version: snapshot.version as number } : null;
  }

  /**
   * Replaces the snapshot only if it is still at `expectedVersion` (0: none yet). Returns false
   * when another process got there first; the caller merges that snapshot and tries again.
   */
  async saveSnapshot(docId: string, state: Uint8Array, expectedVersion: number): Promise<boolean> {
    const set = { state: toBuffer(state), version: expectedVersion + 1, updatedAt: new Date() };
    try {
      if (expectedVersion === 0) {
        await this.snapshots.collection.insertOne({ docId, ...set });
        return true;
      }
      const result = await this.snapshots.collection.updateOne({ docId, version: expectedVersion }, { $set: set });
      return result.modifiedCount === 1;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async deleteLogEntries(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.updates.collection.deleteMany({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } });
  }
}
