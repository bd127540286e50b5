import { pickHosts } from './pick-hosts';
import type { Person, Seating, TableSpec } from './seating.types';
import { planTables } from './table-plan';

/**
 * The hosts for the next round: the ones chosen before keep their table if they are present
 * (someone absent is no host), and every table the round will use that still has no host gets one
 * picked from the others, so every used table has a host even when the facilitator chose none.
 * The round uses only as many tables as keep two or more at each, so a host never sits alone.
 * The caller stores the result, so picked hosts keep hosting in later rounds.
 */
export function hostsForRound(
  people: readonly Person[],
  tables: readonly TableSpec[],
  history: readonly Seating[],
  seed: number,
): TableSpec[] {
  const present = new Set(people.map((p) => p.id));
  const specs = tables.map((t) => ({
    table: t.table,
    hostId: t.hostId !== null && present.has(t.hostId) ? t.hostId : null,
  }));
  const open = planTables(people, specs, history).active.filter((t) => t.hostId === null);
  const taken = new Set(specs.flatMap((t) => (t.hostId === null ? [] : [t.hostId])));
  const picked = pickHosts(
    people.filter((p) => !taken.has(p.id)),
    open.length,
    seed,
  );
  const hostOf = new Map(open.map((t, i) => [t.table, picked[i]?.hostId ?? null]));
  return specs.map((t) => (hostOf.has(t.table) ? { table: t.table, hostId: hostOf.get(t.table) ?? null } : t));
}
