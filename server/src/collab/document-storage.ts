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
      for (const update of stored.log.updates) Y.applyUpdate(live.doc, update);
    });
    live.snapshotVersion = stored.snapshot?.version ?? 0;
    live.logLength = stored.log.updates.length;
    live.approxBytes =
      (stored.snapshot?.state.byteLength ?? 0) + stored.log.updates.reduce((sum, u) => sum + u.byteLength, 0);
    return live;
  }

  /**
   * Folds the log into the snapshot. The log is read and merged first, so the new snapshot holds
   * everything in it, even updates another process appended. The snapshot is replaced only if no
   * other process replaced it meanwhile (otherwise theirs is merged in and we try again); then
   * exactly the updates that were read are removed, and any appended since stay for the next
   * compaction (re-applying one is harmless).
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
    const log = await this.repository.loadLog(live.id);
    Y.transact(
      live.doc,
      () => {
        for (const update of log.updates) Y.applyUpdate(live.doc, update);
      },
      STORED_ORIGIN,
    );
    for (let attempt = 0; attempt < MAX_SNAPSHOT_ATTEMPTS; attempt += 1) {
      const state = Y.encodeStateAsUpdate(live.doc);
      if (await this.repository.saveSnapshot(live.id, state, live.snapshotVersion)) {
        live.snapshotVersion += 1;
        await this.repository.removeLog(live.id, log.marker);
        live.logLength = Math.max(0, live.logLength - log.updates.length);
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
