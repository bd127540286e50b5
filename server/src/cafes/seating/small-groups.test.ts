import { addLateJoiner } from './add-late-joiner';
import { removePerson } from './remove-person';
import { hostsForRound } from './round-hosts';
import { seatRound } from './seat-round';
import { people, tables } from './seating.fixture';
import type { Person, Seating, SeatingChange, TableSpec } from './seating.types';

/** Runs rounds as the café does: hosts for the round first (kept from round to round), then the seats. */
function runCafe(everyone: readonly Person[], tableCount: number, rounds: number, seed = 1) {
  let specs: TableSpec[] = tables(tableCount);
  const history: Seating[] = [];
  const hostsPerRound: TableSpec[][] = [];
  for (let round = 1; round <= rounds; round += 1) {
    specs = hostsForRound(everyone, specs, history, seed + round);
    hostsPerRound.push(specs);
    history.push(seatRound({ people: everyone, tables: specs, history, round, seed }));
  }
  return { history, hostsPerRound };
}

const sizes = (seating: Seating) => seating.tables.map((t) => t.members.length);
const used = (seating: Seating) => seating.tables.filter((t) => t.members.length > 0);
const seated = (seating: Seating) => seating.tables.flatMap((t) => t.members).sort();
const ids = (everyone: readonly Person[]) => everyone.map((p) => p.id).sort();

function changed(change: SeatingChange): Seating {
  if (!change.ok) throw new Error(`expected a change, got ${change.error}`);
  return change.seating;
}

/** Every used table has a host, who sits at it first. */
function expectEveryUsedTableHosted(seating: Seating) {
  for (const table of used(seating)) {
    expect(table.hostId).not.toBeNull();
    expect(table.members[0]).toBe(table.hostId);
  }
}

describe('seating a café with fewer people than its tables hold', () => {
  describe('3 people at 2 tables of 2 for 3 rounds', () => {
    const everyone = people(3, 3);
    const { history } = runCafe(everyone, 2, 3);

    it('seats all three at one table rather than anyone alone', () => {
      for (const seating of history) {
        expect([...sizes(seating)].sort()).toEqual([0, 3]);
        expect(seated(seating)).toEqual(ids(everyone));
      }
    });

    it('moves the table in use to the other question each round, so both are discussed', () => {
      expect(history.map((s) => used(s)[0]?.table)).toEqual([0, 1, 0]);
    });

    it('gives the used table a host, who keeps hosting when the table moves', () => {
      history.forEach(expectEveryUsedTableHosted);
      expect(new Set(history.map((s) => used(s)[0]?.hostId)).size).toBe(1);
    });
  });

  describe('5 people at 3 tables of 2 for 3 rounds', () => {
    const everyone = people(5, 2);
    const { history, hostsPerRound } = runCafe(everyone, 3, 3);

    it('uses two tables, of 3 and 2, and nobody sits alone', () => {
      for (const seating of history) {
        expect([...sizes(seating)].sort()).toEqual([0, 2, 3]);
        expect(seated(seating)).toEqual(ids(everyone));
      }
    });

    it('discusses every question twice over the three rounds', () => {
      const discussed = history.flatMap((s) => used(s).map((t) => t.table));
      expect([0, 1, 2].map((table) => discussed.filter((t) => t === table).length)).toEqual([2, 2, 2]);
    });

    it('keeps the same two hosts, each hosting a used table every round', () => {
      history.forEach(expectEveryUsedTableHosted);
      const hosts = history.map((s) =>
        used(s)
          .map((t) => t.hostId ?? '')
          .sort(),
      );
      expect(new Set(hosts.map((h) => h.join())).size).toBe(1);
      expect(hostsPerRound.at(-1)?.filter((t) => t.hostId !== null)).toHaveLength(2);
    });
  });

  it('seats 5 people at 2 tables of 3 as 3 and 2, both tables hosted', () => {
    const everyone = people(5, 3);
    const { history } = runCafe(everyone, 2, 2);
    for (const seating of history) {
      expect([...sizes(seating)].sort()).toEqual([2, 3]);
      expectEveryUsedTableHosted(seating);
    }
  });

  it('seats 7 people at 3 tables of 3 as 3, 2 and 2, every table hosted and nobody left out', () => {
    const everyone = people(7, 3);
    const { history } = runCafe(everyone, 3, 3);
    for (const seating of history) {
      expect([...sizes(seating)].sort()).toEqual([2, 2, 3]);
      expect(seated(seating)).toEqual(ids(everyone));
      expectEveryUsedTableHosted(seating);
    }
  });

  it('seats one person at one table, moving to the other question next round', () => {
    const { history } = runCafe(people(1, 1), 2, 2);
    expect(history.map(sizes)).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('grows every table evenly when there are more people than seats', () => {
    const everyone = people(10, 3);
    const { history } = runCafe(everyone, 2, 2);
    for (const seating of history) {
      expect(sizes(seating)).toEqual([5, 5]);
      expect(seated(seating)).toEqual(ids(everyone));
      expectEveryUsedTableHosted(seating);
    }
  });

  it('uses every table and picks a host for each when there are enough people', () => {
    const everyone = people(8, 4);
    const { history, hostsPerRound } = runCafe(everyone, 4, 2);
    expect(hostsPerRound[0]?.every((t) => t.hostId !== null)).toBe(true);
    for (const seating of history) expect(sizes(seating)).toEqual([2, 2, 2, 2]);
  });

  it('keeps a host the facilitator chose and picks hosts only for the other used tables', () => {
    const everyone = people(6, 3);
    const chosen: TableSpec[] = [
      { table: 0, hostId: null },
      { table: 1, hostId: 'p004' },
      { table: 2, hostId: null },
    ];
    const hosts = hostsForRound(everyone, chosen, [], 1);
    expect(hosts[1]?.hostId).toBe('p004');
    expect(hosts.filter((t) => t.hostId !== null)).toHaveLength(3);
    expect(new Set(hosts.map((t) => t.hostId)).size).toBe(3);
  });

  it('keeps the role of a host who is away for a table not used this round, and hosts used tables with people present', () => {
    const everyone = people(4, 2);
    const chosen: TableSpec[] = [
      { table: 0, hostId: null },
      { table: 1, hostId: null },
      { table: 2, hostId: 'away' },
    ];
    const hosts = hostsForRound(everyone, chosen, [], 1);
    expect(hosts[2]?.hostId).toBe('away');
    for (const table of [0, 1]) expect(everyone.map((p) => p.id)).toContain(hosts[table]?.hostId);
    expect(hostsForRound([], chosen, [], 1)).toEqual(chosen);
  });
});

describe('late joiners and leavers in a small café', () => {
  const everyone = people(2, 2);
  const [round1] = runCafe(everyone, 3, 1).history as [Seating];
  const late = (n: number): Person => ({ id: `late${n}`, organisationId: 'o9' });

  it('seats a newcomer at the table in use while it has room', () => {
    const after = changed(
      addLateJoiner({ seating: round1, person: late(1), people: everyone, history: [], tableSize: 3 }),
    );
    expect([...sizes(after)].sort()).toEqual([0, 0, 3]);
  });

  it('lets a full table of 2 grow to 3 rather than seat a newcomer alone', () => {
    const after = changed(
      addLateJoiner({ seating: round1, person: late(1), people: everyone, history: [], tableSize: 2 }),
    );
    expect([...sizes(after)].sort()).toEqual([0, 0, 3]);
  });

  it('opens a free table for the next newcomer with a traveller from the table past its size', () => {
    const three = changed(
      addLateJoiner({ seating: round1, person: late(1), people: everyone, history: [], tableSize: 2 }),
    );
    const four = changed(
      addLateJoiner({ seating: three, person: late(2), people: everyone, history: [], tableSize: 2 }),
    );
    expect([...sizes(four)].sort()).toEqual([0, 2, 2]);
    const opened = four.tables.find((t) => t.members.includes('late2'));
    expect(opened?.members).toContain('late1');
    const hostTable = four.tables.find((t) => t.hostId !== null && t.members.length > 0);
    expect(hostTable?.members[0]).toBe(hostTable?.hostId);
  });

  it('opens the free table whose question was discussed least', () => {
    const seating: Seating = {
      round: 2,
      tables: [
        { table: 0, hostId: null, members: [] },
        { table: 1, hostId: 'a', members: ['a', 'b', 'c'] },
        { table: 2, hostId: null, members: [] },
      ],
    };
    const earlier: Seating = { round: 1, tables: [{ table: 0, hostId: 'a', members: ['a', 'b', 'c'] }] };
    const after = changed(addLateJoiner({ seating, person: late(1), people: [], history: [earlier], tableSize: 2 }));
    expect(after.tables[2]?.members).toEqual(['c', 'late1']);
    expect(after.tables[1]?.members).toEqual(['a', 'b']);
  });

  it('sends someone left alone by a leaver to another table', () => {
    const seating: Seating = {
      round: 1,
      tables: [
        { table: 0, hostId: 'a', members: ['a', 'b'] },
        { table: 1, hostId: 'c', members: ['c', 'd', 'e'] },
      ],
    };
    const after = changed(removePerson(seating, 'b'));
    expect(after.tables[0]?.members).toEqual([]);
    expect(after.tables[1]?.members).toEqual(['c', 'd', 'e', 'a']);
    expect(after.tables[1]?.hostId).toBe('c');
  });

  it('leaves the last person where they are when there is no other table to join', () => {
    const seating: Seating = { round: 1, tables: [{ table: 0, hostId: null, members: ['a', 'b'] }] };
    expect(changed(removePerson(seating, 'b')).tables[0]?.members).toEqual(['a']);
  });
});
