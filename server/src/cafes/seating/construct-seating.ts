import type { SearchState } from './search-state';
import { shuffled } from './shuffle';
import type { TablePlan } from './table-plan';

/**
 * Greedy start for the local search: hosts at their tables, then travellers in random order, each
 * at the cheapest table that still has room. "Room" keeps the final sizes exact: a table may pass
 * `size` only while fewer than `larger` tables have.
 */
export function constructSeating(
  state: SearchState,
  hosts: readonly (number | null)[],
  travellers: readonly number[],
  plan: Pick<TablePlan, 'size' | 'larger'>,
  random: () => number,
): void {
  hosts.forEach((host, table) => {
    if (host !== null) state.place(host, table);
  });
  // Ties go to a random table, so restarts start from different seatings.
  const tableOrder = shuffled(
    hosts.map((_, table) => table),
    random,
  );
  let largerUsed = 0;
  for (const person of shuffled(travellers, random)) {
    let best = -1;
    let bestCost = Infinity;
    let bestSize = Infinity;
    for (const table of tableOrder) {
      const size = state.members[table]?.length ?? 0;
      const hasRoom = size < plan.size || (size === plan.size && largerUsed < plan.larger);
      if (!hasRoom) continue;
      const cost = state.placementCost(person, table);
      // Among equal costs fill the emptiest table, so late travellers still have choices.
      if (cost < bestCost || (cost === bestCost && size < bestSize)) {
        best = table;
        bestCost = cost;
        bestSize = size;
      }
    }
    if (bestSize === plan.size) largerUsed += 1;
    state.place(person, best);
  }
}
