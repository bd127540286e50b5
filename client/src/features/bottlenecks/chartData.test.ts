import { describe, expect, it } from '@jest/globals';
import { pillarRows, statusRows, technologyRows } from './chartData';

describe('dashboard chart data', () => {
  it('puts the largest count first and sizes bars against the largest', () => {
    const rows = pillarRows(
      [
        { pillar: 'vision', count: 2 },
        { pillar: null, count: 4 },
        { pillar: 'communication', count: 2 },
      ],
      (pillar) => pillar ?? 'Geen pijler',
    );
    expect(rows.map(({ label, share }) => [label, share])).toEqual([
      ['Geen pijler', 1],
      ['communication', 0.5],
      ['vision', 0.5],
    ]);
  });

  it('names a missing technology and gives empty bars when nothing is counted', () => {
    const rows = technologyRows([{ technologyId: null, technologyName: null, count: 0 }], 'Geen technologie');
    expect(rows).toEqual([{ key: 'none', label: 'Geen technologie', count: 0, share: 0 }]);
  });

  it('lists every status in the order of the flow, zero where none are counted', () => {
    const rows = statusRows([{ status: 'solved', count: 3 }], (status) => status);
    expect(rows.map(({ key, count }) => `${key}:${count}`)).toEqual([
      'new:0',
      'recognised:0',
      'raised:0',
      'in-progress:0',
      'solved:3',
      'declined:0',
    ]);
  });
});
