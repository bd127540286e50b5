import { seededRandom } from '../../statements/analysis/seeded-random';
import type { Person, TableSpec } from './seating.types';
import { shuffled } from './shuffle';

/**
 * One host per table when the facilitator chose none, taking organisations in turn (largest
 * first) so hosts come from as many organisations as possible: a host's organisation is at their
 * table every round, which gives each table a different fixed part of its mix. With fewer people
 * than tables the last tables get no host.
 */
export function pickHosts(people: readonly Person[], tableCount: number, seed: number): TableSpec[] {
  const random = seededRandom(seed);
  const byOrganisation = new Map<string, Person[]>();
  for (const person of shuffled(people, random)) {
    const group = byOrganisation.get(person.organisationId) ?? [];
    group.push(person);
    byOrganisation.set(person.organisationId, group);
  }
  // Stable sort over the shuffled order: equal-sized organisations take turns in a seeded order.
  const queues = [...byOrganisation.values()].sort((a, b) => b.length - a.length);
  const hosts: string[] = [];
  while (hosts.length < tableCount && queues.some((q) => q.length > 0)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && hosts.length < tableCount) hosts.push(next.id);
    }
  }
  return Array.from({ length: tableCount }, (_, table) => ({ table, hostId: hosts[table] ?? null }));
}
