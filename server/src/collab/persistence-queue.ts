import type { LogBatchEntry } from './collab.repository';

/** Writes a batch of log entries (all or nothing as far as the caller is concerned). */
export type WriteBatch = (entries: LogBatchEntry[]) => Promise<void>;

interface DocQueue {
  updates: Uint8Array[];
  /** Sequence number of the newest update enqueued / stored. */
  enqueued: number;
  stored: number;
  waiters: { target: number; resolve: () => void }[];
}

const MAX_RETRY_DELAY_MS = 2_000;

/**
 * Group commit for Yjs updates: updates that arrive while a write is in flight go together in the
 * next write, so many small edits cost few database round trips. A failed write keeps its updates
 * queued and retries; `whenStored` resolves only once everything enqueued before it is stored.
 */
export class PersistenceQueue {
  private readonly docs = new Map<string, DocQueue>();
  private writing = false;
  private scheduled = false;
  private failures = 0;
  private closed = false;

  constructor(
    private readonly write: WriteBatch,
    private readonly onStored: (docId: string, updateCount: number) => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  enqueue(docId: string, update: Uint8Array): void {
    const queue = this.queueFor(docId);
    queue.updates.push(update);
    queue.enqueued += 1;
    this.schedule(0);
  }

  /** Resolves once every update enqueued for `docId` so far is in the database. */
  whenStored(docId: string): Promise<void> {
    const queue = this.docs.get(docId);
    if (!queue || queue.stored >= queue.enqueued) return Promise.resolve();
    const target = queue.enqueued;
    return new Promise((resolve) => queue.waiters.push({ target, resolve }));
  }

  hasPending(docId: string): boolean {
    const queue = this.docs.get(docId);
    return queue !== undefined && queue.stored < queue.enqueued;
  }

  /** Forgets a document's bookkeeping once it has nothing pending (after unload). */
  release(docId: string): void {
    if (!this.hasPending(docId)) this.docs.delete(docId);
  }

  /** Writes what is queued and stops scheduling; used at shutdown. */
  async drain(): Promise<void> {
    while ([...this.docs.values()].some((q) => q.updates.length > 0) || this.writing) {
      if (!this.writing) await this.flush();
      else await new Promise((resolve) => setTimeout(resolve, 5));
    }
    this.closed = true;
  }

  private queueFor(docId: string): DocQueue {
    let queue = this.docs.get(docId);
    if (!queue) {
      queue = { updates: [], enqueued: 0, stored: 0, waiters: [] };
      this.docs.set(docId, queue);
    }
    return queue;
  }

  private schedule(delayMs: number): void {
    if (this.scheduled || this.writing || this.closed) return;
    this.scheduled = true;
    const run = () => {
      this.scheduled = false;
      void this.flush();
    };
    if (delayMs === 0) setImmediate(run);
    else setTimeout(run, delayMs);
  }

  private async flush(): Promise<void> {
    const batch: { docId: string; queue: DocQueue; updates: Uint8Array[]; upTo: number }[] = [];
    for (const [docId, queue] of this.docs) {
      if (queue.updates.length === 0) continue;
      batch.push({ docId, queue, updates: queue.updates, upTo: queue.enqueued });
      queue.updates = [];
    }
    if (batch.length === 0) return;
    this.writing = true;
    try {
      await this.write(batch.map(({ docId, updates }) => ({ docId, updates })));
      this.failures = 0;
      batch.forEach(({ docId, queue, updates, upTo }) => {
        queue.stored = upTo;
        this.onStored(docId, updates.length);
        queue.waiters = queue.waiters.filter((waiter) => {
          if (waiter.target > upTo) return true;
          waiter.resolve();
          return false;
        });
      });
    } catch (error) {
      // Put the updates back in front of anything that arrived meanwhile and try again later.
      for (const { queue, updates } of batch) queue.updates = [...updates, ...queue.updates];
      this.failures += 1;
      this.onError(error);
    } finally {
      this.writing = false;
    }
    const hasMore = [...this.docs.values()].some((q) => q.updates.length > 0);
    if (hasMore) this.schedule(this.failures === 0 ? 0 : Math.min(MAX_RETRY_DELAY_MS, 50 * 2 ** this.failures));
  }
}
