import { Injectable, Logger } from '@nestjs/common';
import * as Y from 'yjs';
import { CollabRepository } from './collab.repository';
import { LiveDocument, STORED_ORIGIN } from './live-document';

const MAX_SNAPSHOT_ATTEMPTS = 5;

/** Loads documents from, and compacts them into, the update log and snapshot. */
@Injectable()
export class DocumentStorage {
  private readonly logger = new Logger(DocumentStorage.name);

  constructor(private readonly repository: CollabRepository) {}

  /** Snapshot plus every logged update, applied in one transaction (one observer pass). */
  async load(docId: string): Promise<LiveDocument> {
    const stored = await this.repository.load(docId);
    const live = new LiveDocument(docId);
    Y.transact(live.doc, () => {
      if (stored.snapshot) Y.applyUpdate(live.doc, stored.snapshot.state);
      for (const entry of stored.log) for (const update of entry.updates) Y.applyUpdate(live.doc, update);
    });
    live.snapshotVersion = stored.snapshot?.version ?? 0;
    live.logIds = stored.log.map((entry) => entry.id);
    live.approxBytes =
      (stored.snapshot?.state.byteLength ?? 0) +
      stored.log.reduce((sum, entry) => sum + entry.updates.reduce((s, u) => s + u.byteLength, 0), 0);
    return live;
  }

  /**
   * Folds the known log entries into the snapshot. The snapshot is replaced only if no other
   * process replaced it meanwhile; otherwise theirs is merged in first, so no snapshot ever loses
   * what an earlier one held. Log entries are deleted only after a snapshot containing them is stored.
   */
  compact(live: LiveDocument): Promise<void> {
    live.compacting ??= this.compactOnce(live)
      .catch((error: unknown) => this.logger.warn(`Compaction of ${live.id} failed: ${String(error)}`))
      .finally(() => {
        live.compacting = null;
      });
    return live.compacting;
  }

  private async compactOnce(live: LiveDocument): Promise<void> {
    const folded = [...live.logIds];
    for (let attempt = 0; attempt < MAX_SNAPSHOT_ATTEMPTS; attempt += 1) {
      const state = Y.encodeStateAsUpdate(live.doc);
      if (await this.repository.saveSnapshot(live.id, state, live.snapshotVersion)) {
        live.snapshotVersion += 1;
        await this.repository.deleteLogEntries(folded);
        const foldedSet = new Set(folded);
        live.logIds = live.logIds.filter((id) => !foldedSet.has(id));
        live.approxBytes = state.byteLength;
        return;
      }
      const theirs = await this.repository.loadSnapshot(live.id);
      if (theirs) {
        Y.applyUpdate(live.doc, theirs.state, STORED_ORIGIN);
        live.snapshotVersion = theirs.version;
      }
    }
    throw new Error('snapshot kept changing');
  }
}
