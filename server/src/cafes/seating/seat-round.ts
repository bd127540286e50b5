import { seededRandom } from '../../statements/analysis/seeded-random';
import { constructSeating } from './construct-seating';
import { costWeights } from './cost-weights';
import { rememberEncounters } from './encounter-memory';
import { improveSeating } from './improve-seating';
import { SearchState } from './search-state';
import type { Person, SeatRoundInput, Seating } from './seating.types';
import { assertSeatable, planTables, type TablePlan } from './table-plan';

const DEFAULT_RESTARTS = 12;
// Most rounds reach a perfect seating at once; when none exists, restarts that keep failing to
// beat the best so far are not worth their time.
const RESTARTS_WITHOUT_GAIN = 4;

/**
 * Seats everyone present for one round at the tables `planTables` picks (enough for two or more
 * each, moving over the questions when there are fewer people than tables can hold). Hosts stay
 * with their table; travellers are spread so table sizes differ by at most one, first avoiding anyone they sat with before, then mixing
 * organisations, then avoiding tables they sat at before. Greedy start plus local search, several
 * seeded restarts, best kept: the same input and seed always give the same seating.
 */
export function seatRound(input: SeatRoundInput): Seating {
  const { people, tables, history, round, seed } = input;
  assertSeatable(people, tables);
  const plan = planTables(people, tables, history);
  const personIndex = new Map(people.map((p, i) => [p.id, i]));
  const tableIndex = new Map(plan.active.map((t, i) => [t.table, i]));
  const memory = rememberEncounters(personIndex, tableIndex, history);
  const organisationOf = indexOrganisations(people);
  const weights = costWeights(people.length);
  const hosts = plan.active.map((t) => (t.hostId === null ? null : (personIndex.get(t.hostId) ?? null)));
  const isHost = new Uint8Array(people.length);
  hosts.forEach((h) => {
    if (h !== null) isHost[h] = 1;
  });
  const travellers = people.map((_, i) => i).filter((i) => isHost[i] === 0);
  const floor = costFloor(plan, new Set(organisationOf).size, weights);
  // Each round gets its own stream, so rounds with the same seed do not repeat one another's choices.
  const random = seededRandom(seed + Math.imul(round + 1, 0x9e3779b1));

  let best: number[][] = [];
  let bestCost = Infinity;
  let sinceGain = 0;
  for (let restart = 0; restart < (input.restarts ?? DEFAULT_RESTARTS); restart += 1) {
    const state = new SearchState(memory, organisationOf, isHost, weights, plan.active.length);
    constructSeating(state, hosts, travellers, plan, random);
    improveSeating(state, travellers, random);
    const cost = state.totalCost();
    sinceGain += 1;
    if (cost < bestCost) {
      bestCost = cost;
      best = state.members.map((m) => [...m]);
      sinceGain = 0;
    }
    if (bestCost <= floor || sinceGain >= RESTARTS_WITHOUT_GAIN) break;
  }
  return toSeating(input, plan, best, hosts);
}

function indexOrganisations(people: readonly Person[]): Int32Array {
  const index = new Map<string, number>();
  return Int32Array.from(people, (p) => {
    const known = index.get(p.organisationId);
    if (known !== undefined) return known;
    index.set(p.organisationId, index.size);
    return index.size - 1;
  });
}

/** The cost of a perfect seating (no repeats, no revisits, every table as mixed as its size allows). */
function costFloor(plan: TablePlan, organisations: number, weights: ReturnType<typeof costWeights>): number {
  return plan.active.reduce((sum, _, table) => {
    const size = plan.size + (table < plan.larger ? 1 : 0);
    const distinct = Math.min(size, organisations);
    const single = size >= 2 && distinct === 1 ? weights.singleOrganisation : 0;
    return sum + single - distinct * weights.distinctOrganisation;
  }, 0);
}

function toSeating(input: SeatRoundInput, plan: TablePlan, members: number[][], hosts: (number | null)[]): Seating {
  const { people, tables, round } = input;
  const byTable = new Map(plan.active.map((t, i) => [t.table, i]));
  return {
    round,
    tables: tables.map((spec) => {
      const i = byTable.get(spec.table);
      if (i === undefined) return { table: spec.table, hostId: null, members: [] };
      const host = hosts[i] ?? null;
      // Host first, then in the order people were given, so the output does not show search order.
      const travellers = (members[i] ?? []).filter((p) => p !== host).sort((a, b) => a - b);
      const ordered = host === null ? travellers : [host, ...travellers];
      return {
        table: spec.table,
        hostId: plan.active[i]?.hostId ?? null,
        members: ordered.map((p) => people[p]?.id ?? ''),
      };
    }),
  };
}
