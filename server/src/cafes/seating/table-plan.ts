import type { Person, TableSpec } from './seating.types';

export interface TablePlan {
  /** The tables people are seated at, in table order; a host who is not present is dropped. */
  active: TableSpec[];
  /** Every active table gets `size` people, and `larger` of them one more. */
  size: number;
  larger: number;
}

/**
 * Sizes differ by at most one, so people are spread evenly over the tables, and past the planned
 * table size tables grow evenly rather than anyone being left out. With fewer than two people per
 * table, fewer tables are used — nobody sits alone to talk to no one — and the others stay empty;
 * a table with a host present is always used, since hosts do not move.
 */
export function planTables(people: readonly Person[], tables: readonly TableSpec[]): TablePlan {
  const present = new Set(people.map((p) => p.id));
  const specs = tables.map((t) => ({
    table: t.table,
    hostId: t.hostId !== null && present.has(t.hostId) ? t.hostId : null,
  }));
  const hosted = specs.filter((t) => t.hostId !== null);
  const unhosted = specs.filter((t) => t.hostId === null);
  const wanted =
    people.length === 0 ? 0 : Math.max(hosted.length, Math.min(tables.length, Math.floor(people.length / 2)), 1);
  const active = [...hosted, ...unhosted.slice(0, Math.max(0, wanted - hosted.length))].sort(
    (a, b) => a.table - b.table,
  );
  if (active.length === 0) return { active, size: 0, larger: 0 };
  return { active, size: Math.floor(people.length / active.length), larger: people.length % active.length };
}

/** Inputs that cannot be seated are a caller's bug, not a facilitator's choice, so they throw. */
export function assertSeatable(people: readonly Person[], tables: readonly TableSpec[]): void {
  const ids = new Set(people.map((p) => p.id));
  if (ids.size !== people.length) throw new Error('seating: a person is listed twice');
  if (new Set(tables.map((t) => t.table)).size !== tables.length) throw new Error('seating: a table is listed twice');
  const hosts = tables.flatMap((t) => (t.hostId === null ? [] : [t.hostId]));
  if (new Set(hosts).size !== hosts.length) throw new Error('seating: one person hosts two tables');
}
