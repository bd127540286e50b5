import type { SearchState } from './search-state';
import { shuffled } from './shuffle';

const MAX_PASSES = 50;

/**
 * First-improvement local search: for each traveller, trade places with a traveller at another
 * table, or move to a table one smaller, whenever that lowers the cost. Stops after a pass without
 * any improvement. Hosts are never touched; moves only go from a larger table to a smaller one,
 * so sizes keep differing by at most one.
 */
export function improveSeating(state: SearchState, travellers: readonly number[], random: () => number): void {
  const tableCount = state.members.length;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    let improved = false;
    for (const a of shuffled(travellers, random)) {
      if (!state.hasConflict(a)) continue;
      const offset = Math.floor(random() * tableCount);
      for (let step = 0; step < tableCount; step += 1) {
        const table = (offset + step) % tableCount;
        if (table === state.tableOf[a]) continue;
        if (tryImprove(state, a, table)) {
          improved = true;
          break;
        }
      }
    }
    if (!improved) return;
  }
}

function tryImprove(state: SearchState, a: number, table: number): boolean {
  const from = state.tableOf[a] ?? 0;
  const sizeDifference = (state.members[from]?.length ?? 0) - (state.members[table]?.length ?? 0);
  if (sizeDifference === 1 && state.moveDelta(a, table) < 0) {
    state.move(a, table);
    return true;
  }
  for (const b of state.members[table] ?? []) {
    if (state.isHost[b] === 1) continue;
    if (state.swapDelta(a, b) < 0) {
      state.swap(a, b);
      return true;
    }
  }
  return false;
}
