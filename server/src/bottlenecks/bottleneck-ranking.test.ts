import type { StoredBottleneck } from './bottlenecks.repository';
import { countBottlenecks, matchesFilter, rankByOrganisations } from './bottleneck-ranking';
import { storedBottleneck } from './stored-bottleneck.factory';

const NOW = Date.parse('2026-11-24T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW - days * 24 * 60 * 60 * 1000).toISOString();

function bottleneck(id: string, organisations: number, overrides: Partial<StoredBottleneck> = {}): StoredBottleneck {
  return storedBottleneck({
    id,
    title: id,
    technologyId: 'vr',
    pillar: 'vision',
    affected: Array.from({ length: organisations }, (_, i) => ({
      organisationId: `o${i}`,
      userId: `u${i}`,
      note: '',
      reported: i === 0,
      at: daysAgo(1),
    })),
    createdAt: daysAgo(10),
    updatedAt: daysAgo(1),
    ...overrides,
  });
}

describe('rankByOrganisations', () => {
  it('puts the most organisations first, then the most recently moved', () => {
    const ranked = rankByOrganisations([
      bottleneck('one', 1),
      bottleneck('three', 3),
      bottleneck('two-old', 2, { updatedAt: daysAgo(5) }),
      bottleneck('two-new', 2, { updatedAt: daysAgo(2) }),
    ]);
    expect(ranked.map((b) => b.id)).toEqual(['three', 'two-new', 'two-old', 'one']);
  });
});

describe('matchesFilter', () => {
  it('filters on technology, pillar, status, meeting and age in days', () => {
    const b = bottleneck('b', 1, { source: { kind: 'meeting', meetingId: 'm1' } });
    expect(matchesFilter(b, { technologyId: 'vr', pillar: 'vision', status: 'new' }, NOW)).toBe(true);
    expect(matchesFilter(b, { technologyId: 'growpad' }, NOW)).toBe(false);
    expect(matchesFilter(b, { pillar: 'communication' }, NOW)).toBe(false);
    expect(matchesFilter(b, { status: 'solved' }, NOW)).toBe(false);
    expect(matchesFilter(b, { meetingId: 'm1' }, NOW)).toBe(true);
    expect(matchesFilter(b, { meetingId: 'm2' }, NOW)).toBe(false);
    expect(matchesFilter(b, { minAgeDays: 10 }, NOW)).toBe(true);
    expect(matchesFilter(b, { minAgeDays: 11 }, NOW)).toBe(false);
    expect(matchesFilter(b, { maxAgeDays: 9 }, NOW)).toBe(false);
  });
});

describe('countBottlenecks', () => {
  it('counts every pillar and status, zeros included, and the technologies that occur', () => {
    const counts = countBottlenecks([
      bottleneck('a', 1),
      bottleneck('b', 1, { pillar: null, technologyId: null, status: 'solved' }),
      bottleneck('c', 1),
    ]);
    expect(counts.byPillar).toContainEqual({ pillar: 'vision', count: 2 });
    expect(counts.byPillar).toContainEqual({ pillar: null, count: 1 });
    expect(counts.byPillar).toContainEqual({ pillar: 'communication', count: 0 });
    expect(counts.byStatus).toHaveLength(6);
    expect(counts.byStatus).toContainEqual({ status: 'solved', count: 1 });
    expect(counts.byTechnology).toEqual([
      { technologyId: 'vr', count: 2 },
      { technologyId: null, count: 1 },
    ]);
  });
});
