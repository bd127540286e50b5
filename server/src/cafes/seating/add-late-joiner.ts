import { seatOf } from './seat-lookup';
import type { Person, Seating, SeatingChange } from './seating.types';

export interface LateJoinerInput {
  seating: Seating;
  person: Person;
  /** Everyone who may be at a table, for their organisations; unknown members count as no organisation. */
  people: readonly Person[];
  /** Earlier rounds, not including `seating`. */
  history: readonly Seating[];
}

/**
 * Seats someone who arrives mid-round without moving anyone: at the smallest table that has
 * people (a table nobody sits at would leave them alone), then the one where they meet the fewest
 * people again, then the one their organisation mixes most, then one they have not sat at before,
 * then the lowest number. Next round they rotate like any traveller.
 */
export function addLateJoiner(input: LateJoinerInput): SeatingChange {
  const { seating, person, people, history } = input;
  if (seatOf(seating, person.id)) return { ok: false, error: 'already-seated' };
  const occupied = seating.tables.filter((t) => t.members.length > 0);
  const candidates = occupied.length > 0 ? occupied : seating.tables;
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

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
