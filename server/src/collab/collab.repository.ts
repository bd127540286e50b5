import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { mongo, type Model } from 'mongoose';
import { isDuplicateKeyError } from '../common/mongo-errors';
import { CollabSnapshotRecord } from './collab-snapshot.schema';
import { CollabLogRecord } from './collab-log.schema';
import { CollabUpdateRecord } from './collab-update.schema';

export interface StoredSnapshot {
  state: Uint8Array;
  version: number;
}

/** Which stored records a read of the log saw, so compaction removes exactly those. */
export interface LogMarker {
  updateIds: mongo.ObjectId[];
  /** The `appended` count of a log record left by an earlier version, or null when there is none. */
  legacyAppended: number | null;
}

export interface StoredLog {
  updates: Uint8Array[];
  marker: LogMarker;
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

type UpdateDoc = { _id: mongo.ObjectId; docId: string; update: Buffer };
type LegacyLogDoc = { _id: string; updates: Buffer[]; appended: number };
type SnapshotDoc = { _id: string; state: Buffer; version: number };

/** At most this many ids per delete, so each delete stays one indexed SQL statement. */
const DELETE_CHUNK = 500;

/** Persistence of Yjs documents: an append-only update collection plus one compacted snapshot each. */
@Injectable()
export class CollabRepository {
  private readonly updates: mongo.Collection<UpdateDoc>;
  private readonly legacyLogs: mongo.Collection<LegacyLogDoc>;
  private readonly snapshots: mongo.Collection<SnapshotDoc>;

  // The driver's collections directly: the hot path needs no mongoose documents, and the ids are strings.
  constructor(
    @InjectModel(CollabUpdateRecord.name) updateModel: Model<CollabUpdateRecord>,
    @InjectModel(CollabLogRecord.name) legacyLogModel: Model<CollabLogRecord>,
    @InjectModel(CollabSnapshotRecord.name) snapshotModel: Model<CollabSnapshotRecord>,
  ) {
    this.updates = updateModel.collection as unknown as mongo.Collection<UpdateDoc>;
    this.legacyLogs = legacyLogModel.collection as unknown as mongo.Collection<LegacyLogDoc>;
    this.snapshots = snapshotModel.collection as unknown as mongo.Collection<SnapshotDoc>;
  }

  /** Appends a group commit's updates for several documents in one round trip (one insert each). */
  async appendBatch(entries: LogBatchEntry[]): Promise<void> {
    const records = entries.flatMap(({ docId, updates }) =>
      updates.map((update) => ({ _id: new mongo.ObjectId(), docId, update: toBuffer(update) })),
    );
    if (records.length > 0) await this.updates.insertMany(records, { ordered: false });
  }

  /**
   * The log first, then the snapshot: compaction stores the new snapshot before it removes the
   * updates it folded in, so whatever a compaction elsewhere does in between, each update is in
   * what was read (in the log read, or in the newer snapshot). The other order could miss some.
   */
  async load(docId: string): Promise<StoredDocument> {
    const log = await this.loadLog(docId);
    const snapshot = await this.loadSnapshot(docId);
    return { snapshot, log };
  }

  /** Every update not yet folded into the snapshot: an earlier version's log record first, then in order. */
  async loadLog(docId: string): Promise<StoredLog> {
    const [legacy, records] = await Promise.all([
      this.legacyLogs.findOne({ _id: docId }),
      this.updates.find({ docId }).sort({ _id: 1 }).toArray(),
    ]);
    return {
      updates: [...(legacy?.updates ?? []).map(toBytes), ...records.map((record) => toBytes(record.update))],
      marker: { updateIds: records.map((record) => record._id), legacyAppended: legacy ? legacy.appended : null },
    };
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

  /**
   * Removes the updates a read of the log saw (now in the snapshot); updates appended since stay
   * for the next compaction. An earlier version's log record goes once nothing was added to it.
   */
  async removeLog(docId: string, marker: LogMarker): Promise<void> {
    for (let i = 0; i < marker.updateIds.length; i += DELETE_CHUNK) {
      await this.updates.deleteMany({ _id: { $in: marker.updateIds.slice(i, i + DELETE_CHUNK) } });
    }
    if (marker.legacyAppended !== null) {
      await this.legacyLogs.deleteOne({ _id: docId, appended: marker.legacyAppended });
    }
  }
}
