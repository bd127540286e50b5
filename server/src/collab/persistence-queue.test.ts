import type { LogBatchEntry } from './collab.repository';
import { PersistenceQueue } from './persistence-queue';

const bytes = (n: number) => new Uint8Array([n]);

function recordingStore(failFirst = 0) {
  const batches: LogBatchEntry[][] = [];
  let calls = 0;
  const write = (entries: LogBatchEntry[]): Promise<void> => {
    calls += 1;
    if (calls <= failFirst) return Promise.reject(new Error('database away'));
    batches.push(entries);
    return Promise.resolve();
  };
  return { batches, write, calls: () => calls };
}

describe(PersistenceQueue.name, () => {
  it('groups updates that arrive together into one write per batch', async () => {
    const store = recordingStore();
    const stored: string[] = [];
    const queue = new PersistenceQueue(
      store.write,
      (docId) => stored.push(docId),
      () => undefined,
    );
    queue.enqueue('a', bytes(1));
    queue.enqueue('a', bytes(2));
    queue.enqueue('b', bytes(3));
    await Promise.all([queue.whenStored('a'), queue.whenStored('b')]);
    expect(store.batches).toHaveLength(1);
    expect(store.batches[0]).toEqual([
      { docId: 'a', updates: [bytes(1), bytes(2)] },
      { docId: 'b', updates: [bytes(3)] },
    ]);
    expect(stored.sort()).toEqual(['a', 'b']);
  });

  it('resolves whenStored only after the updates enqueued before it are written', async () => {
    const store = recordingStore();
    const queue = new PersistenceQueue(
      store.write,
      () => undefined,
      () => undefined,
    );
    queue.enqueue('a', bytes(1));
    let stored = false;
    const waiting = queue.whenStored('a').then(() => (stored = true));
    expect(stored).toBe(false);
    expect(queue.hasPending('a')).toBe(true);
    await waiting;
    expect(store.batches.flat().flatMap((e) => e.updates)).toEqual([bytes(1)]);
    expect(queue.hasPending('a')).toBe(false);
  });

  it('keeps updates through failed writes and retries until they are stored', async () => {
    const store = recordingStore(2);
    const errors: unknown[] = [];
    const queue = new PersistenceQueue(
      store.write,
      () => undefined,
      (error) => errors.push(error),
    );
    queue.enqueue('a', bytes(1));
    queue.enqueue('a', bytes(2));
    await queue.whenStored('a');
    expect(errors).toHaveLength(2);
    expect(store.calls()).toBe(3);
    expect(store.batches.flat()).toEqual([{ docId: 'a', updates: [bytes(1), bytes(2)] }]);
  });
});
