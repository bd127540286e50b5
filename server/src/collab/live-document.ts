import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';

/** Marks a change as coming from a connected client (a Yjs transaction origin). */
export class PeerOrigin {
  constructor(readonly peerId: string) {}
}

/** Marks a change as coming from another server process (which stores it). */
export const REMOTE_ORIGIN = Symbol('remote');

/** Marks a change read back from the database (already stored). */
export const STORED_ORIGIN = Symbol('stored');

/** A document held in memory while clients have it open. */
export class LiveDocument {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new Awareness(this.doc);
  readonly peers = new Set<string>();
  /** Awareness client ids each peer controls, to remove them when the peer goes. */
  readonly awarenessClients = new Map<string, Set<number>>();
  /** Updates in the stored log since the last compaction, as far as this process knows. */
  logLength = 0;
  snapshotVersion = 0;
  /** Stored size estimate: snapshot plus logged updates; checked against the document limit. */
  approxBytes = 0;
  compacting: Promise<void> | null = null;

  constructor(readonly id: string) {
    // The server holds no presence of its own.
    this.awareness.setLocalState(null);
  }

  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }
}
