import { seatOf } from './seat-lookup';
import type { Person, Seating, SeatingChange, SeatedTable } from './seating.types';
import { timesDiscussed } from './table-plan';

export interface LateJoinerInput {
  seating: Seating;
  person: Person;
  /** Everyone who may be at a table, for their organisations; unknown members count as no organisation. */
  people: readonly Person[];
  /** Earlier rounds, not including `seating`. */
  history: readonly Seating[];
  /** The café's table size; without it tables have no limit. */
  tableSize?: number;
}

/**
 * Seats someone who arrives mid-round: at the smallest table that has people and room (a table
 * nobody sits at would leave them alone), then the one where they meet the fewest people again,
 * then the one their organisation mixes most, then one they have not sat at before, then the
 * lowest number. When every table in use is full and one is free, the newcomer opens it together
 * with the last traveller of the largest table that keeps two or more, so no table passes its
 * size while a seat is free elsewhere and nobody sits alone; only when that cannot be done does a
 * full table grow. Next round they rotate like any traveller.
 */
export function addLateJoiner(input: LateJoinerInput): SeatingChange {
  const { seating, person, people, history } = input;
  const tableSize = input.tableSize ?? Infinity;
  if (seatOf(seating, person.id)) return { ok: false, error: 'already-seated' };
  const occupied = seating.tables.filter((t) => t.members.length > 0);
  if (occupied.length > 0 && occupied.every((t) => t.members.length >= tableSize)) {
    const opened = openTable(seating, person, history);
    if (opened) return opened;
  }
  const withRoom = occupied.filter((t) => t.members.length < tableSize);
  const candidates = withRoom.length > 0 ? withRoom : occupied.length > 0 ? occupied : seating.tables;
  if (candidates.length === 0) return { ok: false, error: 'no-table' };

  const organisationOf = new Map(people.map((p) => [p.id, p.organisationId]));
  const earlier = history.flatMap((s) => s.tables);
  const metBefore = new Set(earlier.filter((t) => t.members.includes(person.id)).flatMap((t) => t.members));
  const visitedTables = new Set(earlier.filter((t) => t.members.includes(person.id)).map((t) => t.table));
  const rank = (members: readonly string[], table: number): number[] => [
    members.length,
    members.filter((id) => metBefore.has(id)).length,
    members.some((id) => organisationOf.get(id) === person.organisationId) ? 1 : 0,
    visitedTables.has(table) ? 1 : 0,
    table,
  ];
  const chosen = candidates
    .map((t) => ({ table: t.table, rank: rank(t.members, t.table) }))
    .sort((a, b) => compareRanks(a.rank, b.rank))[0];
  if (!chosen) return { ok: false, error: 'no-table' };

  return {
    ok: true,
    table: chosen.table,
    seating: {
      ...seating,
      tables: seating.tables.map((t) => (t.table === chosen.table ? { ...t, members: [...t.members, person.id] } : t)),
    },
  };
}

/**
 * The newcomer and one traveller from the largest table start a free table, the one whose question
 * was discussed least. Null when no table is free or no table can spare a traveller and keep two.
 */
function openTable(seating: Seating, person: Person, history: readonly Seating[]): SeatingChange | null {
  const discussed = timesDiscussed(history);
  const free = seating.tables
    .filter((t) => t.members.length === 0)
    .sort((a, b) => (discussed.get(a.table) ?? 0) - (discussed.get(b.table) ?? 0) || a.table - b.table)[0];
  const donor = seating.tables
    .filter((t) => t.members.length >= 3 && t.members.some((id) => id !== t.hostId))
    .sort((a, b) => b.members.length - a.members.length || a.table - b.table)[0];
  if (!free || !donor) return null;
  const mover = donor.members.filter((id) => id !== donor.hostId).at(-1) ?? '';
  const next = (t: SeatedTable): SeatedTable => {
    if (t.table === donor.table) return { ...t, members: t.members.filter((id) => id !== mover) };
    if (t.table === free.table) return { table: t.table, hostId: null, members: [mover, person.id] };
    return t;
  };
  return { ok: true, table: free.table, seating: { ...seating, tables: seating.tables.map(next) } };
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
