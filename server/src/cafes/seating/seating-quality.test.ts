import { seatingQuality } from './seating-quality';
import type { Seating } from './seating.types';

describe(seatingQuality.name, () => {
  const people = ['a', 'b', 'c', 'd'].map((id, i) => ({ id, organisationId: i < 2 ? 'x' : 'y' }));

  it('counts repeated pairs, revisits, mix and sizes over rounds', () => {
    const history: Seating[] = [
      {
        round: 0,
        tables: [
          { table: 0, hostId: 'a', members: ['a', 'b'] },
          { table: 1, hostId: null, members: ['c', 'd'] },
        ],
      },
      {
        round: 1,
        tables: [
          { table: 0, hostId: 'a', members: ['a', 'b', 'c'] },
          { table: 1, hostId: null, members: ['d'] },
        ],
      },
    ];
    expect(seatingQuality(history, people)).toEqual({
      rounds: 2,
      repeatedEncounters: 1,
      revisits: 2,
      minDistinctOrganisations: 1,
      averageDistinctOrganisations: 1.25,
      singleOrganisationTables: 2,
      tableSizeSpread: 2,
      smallestTable: 1,
      largestTable: 3,
    });
  });
});
