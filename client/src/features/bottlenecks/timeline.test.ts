import { describe, expect, it } from '@jest/globals';
import type { TimelineEntry } from '@leernetwerk/shared';
import { oldestFirst } from './timeline';

const at = (day: number) => `2026-01-${String(day).padStart(2, '0')}T10:00:00.000Z`;

describe(oldestFirst.name, () => {
  it('puts the oldest entry first and keeps the order of entries at the same moment', () => {
    const timeline: TimelineEntry[] = [
      { kind: 'supported', at: at(3), organisationName: 'B', mergedFrom: null },
      { kind: 'reported', at: at(1), actorName: 'Sanne', mergedFrom: null },
      { kind: 'supported', at: at(3), organisationName: 'A', mergedFrom: null },
      { kind: 'reported', at: at(2), actorName: 'Ali', mergedFrom: 'Dubbel' },
    ];
    const order = oldestFirst(timeline).map((entry) =>
      entry.kind === 'supported' ? entry.organisationName : entry.kind === 'reported' ? entry.actorName : '',
    );
    expect(order).toEqual(['Sanne', 'Ali', 'B', 'A']);
  });
});
