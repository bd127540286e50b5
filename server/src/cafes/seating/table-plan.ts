import { tablesInUse } from '@leernetwerk/shared';
import type { Person, Seating, TableSpec } from './seating.types';

export interface TablePlan {
  /** The tables people are seated at this round, in table order, each with the host it gets this round. */
  active: TableSpec[];
  /** Every active table gets `size` people, and `larger` of them one more. */
  size: number;
  larger: number;
}

/**
 * Which tables a round uses and who hosts them. Nobody sitting alone comes before a table's size:
 * a round uses as many tables as keep two or more at each (`tablesInUse`), sizes differ by at most
 * one, and past the planned size tables grow evenly rather than anyone being left out. With fewer
 * tables than questions, the round takes the tables discussed least so far (hosted ones first on a
 * tie), so the used tables move over the questions round by round. A host stays at their own table
 * when it is used; otherwise they host a used table that has no host of its own, as hosts keep
 * their role across rounds. A host beyond the tables in use travels this round.
 */
export function planTables(
  people: readonly Person[],
  tables: readonly TableSpec[],
  history: readonly Seating[] = [],
): TablePlan {
  const present = new Set(people.map((p) => p.id));
  const specs = tables.map((t) => ({
    table: t.table,
    hostId: t.hostId !== null && present.has(t.hostId) ? t.hostId : null,
  }));
  const used = tablesInUse(people.length, specs.length);
  if (used === 0) return { active: [], size: 0, larger: 0 };

  const discussed = timesDiscussed(history);
  const chosen =
    used === specs.length
      ? specs
      : [...specs]
          .sort(
            (a, b) =>
              (discussed.get(a.table) ?? 0) - (discussed.get(b.table) ?? 0) ||
              Number(b.hostId !== null) - Number(a.hostId !== null) ||
              a.table - b.table,
          )
          .slice(0, used)
          .sort((a, b) => a.table - b.table);
  const chosenTables = new Set(chosen.map((t) => t.table));
  const wandering = specs.filter((t) => t.hostId !== null && !chosenTables.has(t.table)).map((t) => t.hostId);
  const active = chosen.map((t) => (t.hostId !== null ? t : { table: t.table, hostId: wandering.shift() ?? null }));
  return { active, size: Math.floor(people.length / used), larger: people.length % used };
}

/** How many earlier rounds had people at each table, i.e. talked about its question. */
export function timesDiscussed(history: readonly Seating[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const seating of history) {
    for (const table of seating.tables) {
      if (table.members.length > 0) counts.set(table.table, (counts.get(table.table) ?? 0) + 1);
    }
  }
  return counts;
}

/** Inputs that cannot be seated are a caller's bug, not a facilitator's choice, so they throw. */
export function assertSeatable(people: readonly Person[], tables: readonly TableSpec[]): void {
  const ids = new Set(people.map((p) => p.id));
  if (ids.size !== people.length) throw new Error('seating: a person is listed twice');
  if (new Set(tables.map((t) => t.table)).size !== tables.length) throw new Error('seating: a table is listed twice');
  const hosts = tables.flatMap((t) => (t.hostId === null ? [] : [t.hostId]));
  if (new Set(hosts).size !== hosts.length) throw new Error('seating: one person hosts two tables');
}
