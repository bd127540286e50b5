import { pickHosts } from './pick-hosts';
import { seatRound } from './seat-round';
import { people, seatRounds, tables } from './seating.fixture';
import { seatingQuality } from './seating-quality';
import type { Person, Seating, TableSpec } from './seating.types';

const seatedIds = (seating: Seating) => seating.tables.flatMap((t) => t.members).sort();
const ids = (everyone: readonly Person[]) => everyone.map((p) => p.id).sort();
const sizes = (seating: Seating) => seating.tables.map((t) => t.members.length);

function expectHostsStay(history: readonly Seating[], specs: readonly TableSpec[]) {
  for (const seating of history) {
    for (const spec of specs.filter((s) => s.hostId !== null)) {
      const table = seating.tables.find((t) => t.table === spec.table);
      expect(table?.hostId).toBe(spec.hostId);
      expect(table?.members[0]).toBe(spec.hostId);
    }
  }
}

describe(seatRound.name, () => {
  describe('24 people from 4 organisations at 6 hosted tables for 3 rounds', () => {
    const everyone = people(24, 4);
    const specs = pickHosts(everyone, 6, 7);
    const history = seatRounds(everyone, specs, 3, 42);
    const quality = seatingQuality(history, everyone);

    it('seats everyone exactly once per round, four to a table', () => {
      for (const seating of history) {
        expect(seatedIds(seating)).toEqual(ids(everyone));
        expect(sizes(seating)).toEqual([4, 4, 4, 4, 4, 4]);
      }
    });

    it('keeps every host at their own table', () => expectHostsStay(history, specs));

    it('never seats two people together twice', () => {
      expect(quality.repeatedEncounters).toBe(0);
    });

    it('mixes at least two organisations at every table in every round', () => {
      expect(quality.singleOrganisationTables).toBe(0);
      expect(quality.minDistinctOrganisations).toBeGreaterThanOrEqual(2);
    });

    it('moves every traveller to a new table each round', () => {
      expect(quality.revisits).toBe(0);
    });
  });

  describe('23 people at 6 tables', () => {
    const everyone = people(23, 4);
    const specs = pickHosts(everyone, 6, 3);
    const history = seatRounds(everyone, specs, 3, 5);

    it('seats everyone exactly once per round with sizes at most one apart', () => {
      for (const seating of history) {
        expect(seatedIds(seating)).toEqual(ids(everyone));
        expect([...sizes(seating)].sort()).toEqual([3, 4, 4, 4, 4, 4]);
      }
      expect(seatingQuality(history, everyone).tableSizeSpread).toBe(1);
    });
  });

  describe('200 people from 8 organisations at 40 hosted tables for 3 rounds', () => {
    const everyone = people(200, 8);
    const specs = pickHosts(everyone, 40, 11);
    const history = seatRounds(everyone, specs, 3, 2024);

    it('seats everyone once per round, five to a table, hosts in place', () => {
      for (const seating of history) {
        expect(seatedIds(seating)).toEqual(ids(everyone));
        expect(new Set(sizes(seating))).toEqual(new Set([5]));
      }
      expectHostsStay(history, specs);
    });

    it('has no repeated encounters, no revisits and five organisations at every table', () => {
      const quality = seatingQuality(history, everyone);
      expect(quality.repeatedEncounters).toBe(0);
      expect(quality.revisits).toBe(0);
      expect(quality.minDistinctOrganisations).toBe(5);
    });

    it('gives the same seating for the same seed and another for another seed', () => {
      expect(seatRounds(everyone, specs, 3, 2024)).toEqual(history);
      expect(seatRounds(everyone, specs, 3, 2025)).not.toEqual(history);
    });
  });

  it('seats people from a single organisation, although it cannot mix them', () => {
    const everyone = people(12, 1);
    const history = seatRounds(everyone, tables(3, everyone.slice(0, 3)), 3, 1);
    for (const seating of history) expect(seatedIds(seating)).toEqual(ids(everyone));
    expect(seatingQuality(history, everyone).singleOrganisationTables).toBe(9);
  });

  it('seats tables without a host like any other', () => {
    const everyone = people(20, 4);
    const specs = tables(5, everyone.slice(0, 2));
    const history = seatRounds(everyone, specs, 3, 9);
    expectHostsStay(history, specs);
    expect(seatingQuality(history, everyone)).toMatchObject({ repeatedEncounters: 0, tableSizeSpread: 0 });
  });

  it('uses fewer tables when there are fewer than two people per table, leaving the rest empty', () => {
    const everyone = people(5, 2);
    const seating = seatRound({ people: everyone, tables: tables(6), history: [], round: 0, seed: 1 });
    expect(sizes(seating).slice(2)).toEqual([0, 0, 0, 0]);
    expect([...sizes(seating).slice(0, 2)].sort()).toEqual([2, 3]);
  });

  it('always uses a table whose host is present', () => {
    const everyone = people(4, 2);
    const specs = tables(4);
    specs[3] = { table: 3, hostId: 'p003' };
    const seating = seatRound({ people: everyone, tables: specs, history: [], round: 0, seed: 1 });
    expect(sizes(seating)).toEqual([2, 0, 0, 2]);
    expect(seating.tables[3]?.members[0]).toBe('p003');
  });

  it('grows tables evenly past their planned size rather than leaving anyone out', () => {
    const everyone = people(40, 4);
    const seating = seatRound({ people: everyone, tables: tables(6), history: [], round: 0, seed: 1 });
    expect([...sizes(seating)].sort()).toEqual([6, 6, 7, 7, 7, 7]);
  });

  it('treats a host who is no longer present as no host', () => {
    const everyone = people(8, 2);
    const seating = seatRound({
      people: everyone,
      tables: [
        { table: 0, hostId: 'gone' },
        { table: 1, hostId: 'p001' },
      ],
      history: [],
      round: 0,
      seed: 1,
    });
    expect(seating.tables.map((t) => t.hostId)).toEqual([null, 'p001']);
    expect(seatedIds(seating)).toEqual(ids(everyone));
  });

  it('refuses a person who hosts two tables', () => {
    const everyone = people(8, 2);
    const specs = [
      { table: 0, hostId: 'p000' },
      { table: 1, hostId: 'p000' },
    ];
    expect(() => seatRound({ people: everyone, tables: specs, history: [], round: 0, seed: 1 })).toThrow(/two tables/);
  });
});
