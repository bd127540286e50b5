import { tablesInUse, type Cafe } from '@leernetwerk/shared';
import { currentTables } from './cafeSeats';

/**
 * How many of the café's tables are in use and why, for the facilitator: in the lobby as it will
 * be at the start (from who is here now), while running as the round's seating has it.
 * `rotates`: fewer tables than questions, so the tables in use move to other questions per round.
 */
export interface TableUse {
  when: 'atStart' | 'now';
  people: number;
  used: number;
  total: number;
  /** More people than the tables' seats: tables grow past their size. */
  crowded: boolean;
  rotates: boolean;
}

export function tableUseOf(cafe: Cafe): TableUse | null {
  const total = cafe.tables.length;
  if (cafe.state === 'lobby') {
    const people = cafe.participants.filter((p) => cafe.present.includes(p.id)).length;
    return describe('atStart', people, tablesInUse(people, total), total, cafe);
  }
  if (cafe.state !== 'running') return null;
  const seated = currentTables(cafe).filter((table) => table.members.length > 0);
  const people = seated.reduce((sum, table) => sum + table.members.length, 0);
  return describe('now', people, seated.length, total, cafe);
}

function describe(when: TableUse['when'], people: number, used: number, total: number, cafe: Cafe): TableUse {
  return {
    when,
    people,
    used,
    total,
    crowded: people > total * cafe.tableSize,
    rotates: used > 0 && used < total && cafe.rounds > 1,
  };
}

/** The rounds (1, 2, …) in which a table had people, i.e. its question was discussed. */
export function roundsDiscussed(cafe: Cafe, table: number): number[] {
  return cafe.seatings
    .filter((seating) => seating.tables.some((t) => t.table === table && t.members.length > 0))
    .map((seating) => seating.round);
}
