import { StoredChanges } from '../stored-changes/stored-changes';
import { BottleneckRegister, RESYNC_AFTER_MS } from './bottleneck-register';
import type { BottlenecksRepository, StoredBottleneck } from './bottlenecks.repository';
import { storedBottleneck } from './stored-bottleneck.factory';

const bottleneck = (id: string, updatedAt: string, overrides: Partial<StoredBottleneck> = {}) =>
  storedBottleneck({ id, title: id, updatedAt, ...overrides });

/** A stand-in for the database: what `listAll` returns, and how often it was asked. */
function fakeRepository(rows: StoredBottleneck[], processes: 'one' | 'several' = 'several') {
  const redisUrl = processes === 'several' ? 'redis://shared' : undefined;
  const repository = { rows, reads: 0, readsById: 0 };
  const listAll = () => {
    repository.reads += 1;
    return Promise.resolve([...repository.rows]);
  };
  const findById = (id: string) => {
    repository.readsById += 1;
    return Promise.resolve(repository.rows.find((row) => row.id === id) ?? null);
  };
  const changes = new StoredChanges();
  const announced: string[] = [];
  changes.useRelay((change) => announced.push(`${change.kind}:${change.id}`));
  const register = new BottleneckRegister({ listAll, findById } as unknown as BottlenecksRepository, changes, {
    redisUrl,
  });
  return { repository, register, changes, announced };
}

const ids = (list: StoredBottleneck[]) => list.map((b) => `${b.id}:${b.status}`).sort();

describe(BottleneckRegister.name, () => {
  it('reads the database once, leaves merged duplicates out, and includes what this process writes', async () => {
    const { repository, register } = fakeRepository([
      bottleneck('a', '2026-01-01T00:00:00.000Z'),
      bottleneck('b', '2026-01-01T00:00:00.000Z', { mergedInto: 'a' }),
    ]);
    const now = Date.now();
    expect(ids(await register.active(now))).toEqual(['a:new']);
    register.remember(bottleneck('c', '2026-01-02T00:00:00.000Z'));
    register.remember(bottleneck('a', '2026-01-02T00:00:00.000Z', { status: 'recognised' }));
    expect(ids(await register.active(now + 1000))).toEqual(['a:recognised', 'c:new']);
    expect(repository.reads).toBe(1);
  });

  it('never reads again when it is the only server process (it has seen every write)', async () => {
    const { repository, register } = fakeRepository([storedBottleneck()], 'one');
    await register.active(Date.now());
    await register.active(Date.now() + 10 * RESYNC_AFTER_MS);
    expect(repository.reads).toBe(1);
  });

  it('tells the other processes of each write, and reads a bottleneck again when another process announces its change', async () => {
    const { repository, register, changes, announced } = fakeRepository([bottleneck('a', '2026-01-01T00:00:00.000Z')]);
    await register.active(Date.now());
    register.remember(bottleneck('c', '2026-01-02T00:00:00.000Z'));
    expect(announced).toEqual(['bottleneck:c']);
    // Another process moved `a` and said so: this process shows it at once, without a full load.
    repository.rows = [bottleneck('a', '2026-01-02T00:00:00.000Z', { status: 'recognised' })];
    changes.receive({ kind: 'bottleneck', id: 'a' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(ids(await register.active(Date.now()))).toEqual(['a:recognised', 'c:new']);
    expect(repository.reads).toBe(1);
    expect(repository.readsById).toBe(1);
  });

  it('with several processes, loads everything again in the background when old, keeping a newer write this process made meanwhile', async () => {
    const { repository, register } = fakeRepository([bottleneck('a', '2026-01-01T00:00:00.000Z')]);
    const start = Date.now();
    await register.active(start);
    // Another process moved `a` and reported `d`; this process moved `a` later still.
    repository.rows = [
      bottleneck('a', '2026-01-02T00:00:00.000Z', { status: 'recognised' }),
      bottleneck('d', '2026-01-02T00:00:00.000Z'),
    ];
    register.remember(bottleneck('a', '2026-01-03T00:00:00.000Z', { status: 'raised' }));
    // Measured from now, not from before the first load: that load itself may take a millisecond or more.
    const stale = await register.active(Date.now() + RESYNC_AFTER_MS + 1);
    expect(ids(stale)).toEqual(['a:raised']);
    await new Promise((resolve) => setImmediate(resolve));
    expect(ids(await register.active(Date.now()))).toEqual(['a:raised', 'd:new']);
    expect(repository.reads).toBe(2);
  });
});
