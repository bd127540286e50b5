import { StoredChanges } from '../stored-changes/stored-changes';
import { BottleneckRegister } from './bottleneck-register';
import { BottleneckWrites } from './bottleneck-writes';
import type { BottleneckChange, BottlenecksRepository, StoredBottleneck } from './bottlenecks.repository';
import { storedBottleneck } from './stored-bottleneck.factory';

/**
 * A stand-in for the database where another process writes between our read and our write
 * `interferences` times: each time the revision moves on and our conditional write misses.
 */
function racingRepository(interferences: number) {
  let stored = storedBottleneck({ status: 'new', revision: 0 });
  let left = interferences;
  const repository = {
    findById: () => Promise.resolve(stored),
    updateIfUnchanged: (seen: StoredBottleneck, change: BottleneckChange) => {
      if (left > 0) {
        left -= 1;
        stored = { ...stored, revision: stored.revision + 1, followerIds: [...stored.followerIds, `other-${left}`] };
        return Promise.resolve(null);
      }
      if (seen.revision !== stored.revision) return Promise.resolve(null);
      stored = { ...stored, ...change, revision: stored.revision + 1 };
      return Promise.resolve(stored);
    },
  } as unknown as BottlenecksRepository;
  const register = new BottleneckRegister(repository, new StoredChanges(), { redisUrl: undefined });
  return { writes: new BottleneckWrites(repository, register), stored: () => stored };
}

describe(BottleneckWrites.name, () => {
  it('reads again and reapplies the change when another process wrote in between, keeping both', async () => {
    const { writes, stored } = racingRepository(2);
    const saved = await writes.change('b1', (current) => ({ followerIds: [...current.followerIds, 'me'] }));
    expect(saved.followerIds).toEqual(['u', 'other-1', 'other-0', 'me']);
    expect(stored().revision).toBe(3);
  });

  it('gives up with CONFLICT when the bottleneck keeps changing', async () => {
    const { writes } = racingRepository(10);
    await expect(writes.change('b1', () => ({ status: 'recognised' }))).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
