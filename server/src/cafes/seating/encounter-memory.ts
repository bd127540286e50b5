import type { Seating } from './seating.types';

/** Earlier rounds as flat lookup tables, so the search can ask "met before?" in one array read. */
export interface EncounterMemory {
  peopleCount: number;
  tableCount: number;
  /** `met[a * peopleCount + b]` is 1 when a and b sat at one table in an earlier round. */
  met: Uint8Array;
  /** `visited[p * tableCount + t]` is 1 when p sat at table t in an earlier round. */
  visited: Uint8Array;
}

/**
 * People and tables are given by index; anyone or any table in the history that is not among them
 * (someone who left, a table that was removed) is skipped.
 */
export function rememberEncounters(
  personIndex: ReadonlyMap<string, number>,
  tableIndex: ReadonlyMap<number, number>,
  history: readonly Seating[],
): EncounterMemory {
  const peopleCount = personIndex.size;
  const tableCount = tableIndex.size;
  const met = new Uint8Array(peopleCount * peopleCount);
  const visited = new Uint8Array(peopleCount * tableCount);
  for (const seating of history) {
    for (const seated of seating.tables) {
      const present = seated.members.map((id) => personIndex.get(id)).filter((p) => p !== undefined);
      const t = tableIndex.get(seated.table);
      for (const a of present) {
        if (t !== undefined) visited[a * tableCount + t] = 1;
        for (const b of present) if (a !== b) met[a * peopleCount + b] = 1;
      }
    }
  }
  return { peopleCount, tableCount, met, visited };
}
