import { pickHosts } from './pick-hosts';
import type { Person, Seating, TableSpec } from './seating.types';
import { planTables } from './table-plan';

/**
 * The hosts for the next round: the ones chosen before keep their table, and every table the round
 * will use that has no host present gets one picked from the others, so every used table has a
 * host even when the facilitator chose none. A host who is away keeps their role for a table the
 * round does not use (they host again when they are back); at a used table the picked host takes
 * over. The round uses only as many tables as keep two or more at each, so a host never sits
 * alone. The caller stores the result, so picked hosts keep hosting in later rounds.
 */
export function hostsForRound(
  people: readonly Person[],
  tables: readonly TableSpec[],
  history: readonly Seating[],
  seed: number,
): TableSpec[] {
  const present = new Set(people.map((p) => p.id));
  const presentHosts = tables.map((t) => ({
    table: t.table,
    hostId: t.hostId !== null && present.has(t.hostId) ? t.hostId : null,
  }));
  const open = planTables(people, presentHosts, history).active.filter((t) => t.hostId === null);
  const taken = new Set(presentHosts.flatMap((t) => (t.hostId === null ? [] : [t.hostId])));
  const picked = pickHosts(
    people.filter((p) => !taken.has(p.id)),
    open.length,
    seed,
  );
  const hostOf = new Map(open.map((t, i) => [t.table, picked[i]?.hostId ?? null]));
  return tables.map((t) => (hostOf.has(t.table) ? { table: t.table, hostId: hostOf.get(t.table) ?? null } : t));
}
