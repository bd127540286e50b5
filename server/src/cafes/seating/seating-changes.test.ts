import { addLateJoiner } from './add-late-joiner';
import { movePerson } from './move-person';
import { removePerson } from './remove-person';
import { seatOf } from './seat-lookup';
import { seatRound } from './seat-round';
import { people, seatRounds, tables } from './seating.fixture';
import type { Person, Seating, SeatingChange } from './seating.types';

const everyone = people(23, 4);
const specs = tables(6, everyone.slice(0, 6));
const [first, second] = seatRounds(everyone, specs, 2, 3) as [Seating, Seating];

function changed(change: SeatingChange): Seating {
  if (!change.ok) throw new Error(`expected a change, got ${change.error}`);
  return change.seating;
}

/** Everyone but `except` sits where they sat before. */
function expectNobodyElseMoved(before: Seating, after: Seating, except: string) {
  for (const table of before.tables) {
    const next = after.tables.find((t) => t.table === table.table);
    expect(next?.members.filter((id) => id !== except)).toEqual(table.members.filter((id) => id !== except));
  }
}

describe(addLateJoiner.name, () => {
  const late: Person = { id: 'late', organisationId: 'o9' };

  it('seats a late person at a smallest table without moving anyone', () => {
    const smallest = Math.min(...second.tables.map((t) => t.members.length));
    const after = changed(addLateJoiner({ seating: second, person: late, people: everyone, history: [first] }));
    const seat = seatOf(after, 'late');
    expect(seat?.isHost).toBe(false);
    expect(second.tables.find((t) => t.table === seat?.table)?.members.length).toBe(smallest);
    expectNobodyElseMoved(second, after, 'late');
  });

  it('prefers, among equally small tables, the one where they meet nobody again', () => {
    const seating: Seating = {
      round: 1,
      tables: [
        { table: 0, hostId: null, members: ['a', 'b'] },
        { table: 1, hostId: null, members: ['c', 'd'] },
      ],
    };
    const earlier: Seating = { round: 0, tables: [{ table: 1, hostId: null, members: ['a', 'late'] }] };
    const after = changed(addLateJoiner({ seating, person: late, people: [], history: [earlier] }));
    expect(seatOf(after, 'late')?.table).toBe(1);
  });

  it('prefers a table their organisation is not at yet', () => {
    const seating: Seating = {
      round: 0,
      tables: [
        { table: 0, hostId: null, members: ['a', 'b'] },
        { table: 1, hostId: null, members: ['c', 'd'] },
      ],
    };
    const known = [
      { id: 'a', organisationId: 'o9' },
      { id: 'c', organisationId: 'o1' },
    ];
    const after = changed(addLateJoiner({ seating, person: late, people: known, history: [] }));
    expect(seatOf(after, 'late')?.table).toBe(1);
  });

  it('then rotates in the next round like any traveller', () => {
    const joined = changed(addLateJoiner({ seating: first, person: late, people: everyone, history: [] }));
    const next = seatRound({ people: [...everyone, late], tables: specs, history: [joined], round: 1, seed: 3 });
    const before = seatOf(joined, 'late');
    const after = seatOf(next, 'late');
    expect(after).not.toBeNull();
    expect(after?.table).not.toBe(before?.table);
    const metBefore = joined.tables.find((t) => t.table === before?.table)?.members ?? [];
    const metNow = next.tables.find((t) => t.table === after?.table)?.members ?? [];
    expect(metNow.filter((id) => id !== 'late' && metBefore.includes(id))).toEqual([]);
  });

  it('refuses someone already seated', () => {
    expect(addLateJoiner({ seating: first, person: everyone[10] as Person, people: everyone, history: [] })).toEqual({
      ok: false,
      error: 'already-seated',
    });
  });
});

describe(removePerson.name, () => {
  const traveller = first.tables[0]?.members[1] ?? '';

  it('removes a traveller and moves nobody else', () => {
    const after = changed(removePerson(first, traveller));
    expect(seatOf(after, traveller)).toBeNull();
    expectNobodyElseMoved(first, after, traveller);
  });

  it('seats the next round without them', () => {
    const after = changed(removePerson(first, traveller));
    const remaining = everyone.filter((p) => p.id !== traveller);
    const next = seatRound({ people: remaining, tables: specs, history: [after], round: 1, seed: 3 });
    const seated = next.tables.flatMap((t) => t.members);
    expect(seated).not.toContain(traveller);
    expect(seated).toHaveLength(22);
  });

  it('leaves a table whose host left without a host, and the next round seats it as an unhosted table', () => {
    const after = changed(removePerson(first, 'p002'));
    expect(after.tables[2]?.hostId).toBeNull();
    expect(after.tables[2]?.members).toEqual(first.tables[2]?.members.slice(1));
    const remaining = everyone.filter((p) => p.id !== 'p002');
    const next = seatRound({ people: remaining, tables: specs, history: [after], round: 1, seed: 3 });
    expect(next.tables[2]?.hostId).toBeNull();
    expect(next.tables[2]?.members.length).toBeGreaterThanOrEqual(3);
    expect(next.tables[3]?.members[0]).toBe('p003');
  });

  it('refuses someone who is not seated', () => {
    expect(removePerson(first, 'nobody')).toEqual({ ok: false, error: 'unknown-person' });
  });
});

describe(movePerson.name, () => {
  const traveller = first.tables[0]?.members[1] ?? '';

  it('moves a traveller to the chosen table, and nobody else', () => {
    const after = changed(movePerson(first, traveller, 4));
    expect(seatOf(after, traveller)).toEqual({ table: 4, isHost: false });
    expectNobodyElseMoved(first, after, traveller);
  });

  it('refuses to move a host', () => {
    expect(movePerson(first, 'p000', 4)).toEqual({ ok: false, error: 'host-cannot-move' });
  });

  it('moves a host who sits alone (after the others left), leaving that table empty', () => {
    const alone = {
      ...first,
      tables: first.tables.map((t) => (t.table === 0 ? { ...t, hostId: 'p000', members: ['p000'] } : t)),
    };
    const after = changed(movePerson(alone, 'p000', 4));
    expect(seatOf(after, 'p000')).toEqual({ table: 4, isHost: false });
    expect(after.tables[0]).toEqual({ table: 0, hostId: null, members: [] });
  });

  it('moves a host when explicitly allowed, leaving their old table without a host', () => {
    const after = changed(movePerson(first, 'p000', 4, { allowHostMove: true }));
    expect(after.tables[0]?.hostId).toBeNull();
    expect(seatOf(after, 'p000')).toEqual({ table: 4, isHost: false });
  });

  it('refuses an unknown person or table', () => {
    expect(movePerson(first, 'nobody', 1)).toEqual({ ok: false, error: 'unknown-person' });
    expect(movePerson(first, traveller, 99)).toEqual({ ok: false, error: 'unknown-table' });
  });

  it('changes nothing when someone is moved to the table they are at', () => {
    expect(movePerson(first, traveller, 0)).toEqual({ ok: true, seating: first, table: 0 });
  });
});
