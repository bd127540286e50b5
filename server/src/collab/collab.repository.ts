import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, mongo } from 'mongoose';
import { isDuplicateKeyError } from '../common/mongo-errors';
import { CollabSnapshotRecord } from './collab-snapshot.schema';
import { CollabLogRecord } from './collab-log.schema';

export interface StoredSnapshot {
  state: Uint8Array;
  version: number;
}

export interface StoredLog {
  updates: Uint8Array[];
  /** Updates ever appended to this document's log (see CollabLogRecord.appended). */
  appended: number;
}

export interface StoredDocument {
  snapshot: StoredSnapshot | null;
  log: StoredLog;
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

type LogDoc = { _id: string; updates: Buffer[]; appended: number };
type SnapshotDoc = { _id: string; state: Buffer; version: number };

/** Persistence of Yjs documents: an append-only update log plus one compacted snapshot each. */
@Injectable()
export class CollabRepository {
  private readonly logs: mongo.Collection<LogDoc>;
  private readonly snapshots: mongo.Collection<SnapshotDoc>;

  // The driver's collections directly: the hot path needs no mongoose documents, and the ids are strings.
  constructor(
    @InjectModel(CollabLogRecord.name) logModel: Model<CollabLogRecord>,
    @InjectModel(CollabSnapshotRecord.name) snapshotModel: Model<CollabSnapshotRecord>,
  ) {
    this.logs = logModel.collection as unknown as mongo.Collection<LogDoc>;
    this.snapshots = snapshotModel.collection as unknown as mongo.Collection<SnapshotDoc>;
  }

  /** Appends a group commit's updates for several documents in one round trip; each append is atomic. */
  async appendBatch(entries: LogBatchEntry[]): Promise<void> {
    await this.logs.bulkWrite(
      entries.map(({ docId, updates }) => ({
        updateOne: {
          filter: { _id: docId },
          update: { $push: { updates: { $each: updates.map(toBuffer) } }, $inc: { appended: updates.length } },
          upsert: true,
        },
      })),
      { ordered: false },
    );
  }

  async load(docId: string): Promise<StoredDocument> {
    const [snapshot, log] = await Promise.all([this.loadSnapshot(docId), this.loadLog(docId)]);
    return { snapshot, log };
  }

  async loadLog(docId: string): Promise<StoredLog> {
    const log = await this.logs.findOne({ _id: docId });
    return { updates: (log?.updates ?? []).map(toBytes), appended: log?.appended ?? 0 };
  }

  async loadSnapshot(docId: string): Promise<StoredSnapshot | null> {
    const snapshot = await this.snapshots.findOne({ _id: docId });
    return snapshot ? { state: toBytes(snapshot.state), version: snapshot.version } : null;
  }

  /**
   * Replaces the snapshot only if it is still at `expectedVersion` (0: none yet). Returns false
   * when another process got there first; the caller merges that snapshot and tries again.
   */
  async saveSnapshot(docId: string, state: Uint8Array, expectedVersion: number): Promise<boolean> {
    const set = { state: toBuffer(state), version: expectedVersion + 1, updatedAt: new Date() };
    try {
      if (expectedVersion === 0) {
        await this.snapshots.insertOne({ _id: docId, ...set });
        return true;
      }
      const result = await this.snapshots.updateOne({ _id: docId, version: expectedVersion }, { $set: set });
      return result.modifiedCount === 1;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /** Empties the log if nothing was appended since it was read (`appended` unchanged). */
  async clearLog(docId: string, appended: number): Promise<boolean> {
    const result = await this.logs.updateOne({ _id: docId, appended }, { $set: { updates: [] } });
    return result.modifiedCount === 1 || result.matchedCount === 1;
  }
}
