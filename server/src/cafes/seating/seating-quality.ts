import type { Person, Seating, SeatingQuality } from './seating.types';

/**
 * How well a café's rounds went, for tests, the benchmark and the facilitator's cockpit. People
 * not in `people` (and so of unknown organisation) still count for encounters and sizes, but not
 * for organisation mix.
 */
export function seatingQuality(history: readonly Seating[], people: readonly Person[]): SeatingQuality {
  const organisationOf = new Map(people.map((p) => [p.id, p.organisationId]));
  const met = new Set<string>();
  const visited = new Set<string>();
  let repeatedEncounters = 0;
  let revisits = 0;
  let singleOrganisationTables = 0;
  let tableSizeSpread = 0;
  const distinctCounts: number[] = [];
  const sizes: number[] = [];

  for (const seating of history) {
    const pairsThisRound: string[] = [];
    const seatsThisRound: string[] = [];
    const roundSizes: number[] = [];
    for (const table of seating.tables) {
      if (table.members.length === 0) continue;
      roundSizes.push(table.members.length);
      for (const [i, a] of table.members.entries()) {
        const seat = `${a}@${table.table}`;
        if (a !== table.hostId && visited.has(seat)) revisits += 1;
        seatsThisRound.push(seat);
        for (const b of table.members.slice(i + 1)) {
          const pair = a < b ? `${a}\n${b}` : `${b}\n${a}`;
          if (met.has(pair)) repeatedEncounters += 1;
          pairsThisRound.push(pair);
        }
      }
      const organisations = new Set(table.members.flatMap((id) => organisationOf.get(id) ?? []));
      distinctCounts.push(organisations.size);
      if (table.members.length >= 2 && organisations.size === 1) singleOrganisationTables += 1;
    }
    // Only earlier rounds count, so the round's own pairs join the memory after it is scored.
    pairsThisRound.forEach((pair) => met.add(pair));
    seatsThisRound.forEach((seat) => visited.add(seat));
    if (roundSizes.length > 0)
      tableSizeSpread = Math.max(tableSizeSpread, Math.max(...roundSizes) - Math.min(...roundSizes));
    sizes.push(...roundSizes);
  }

  return {
    rounds: history.length,
    repeatedEncounters,
    revisits,
    minDistinctOrganisations: distinctCounts.length === 0 ? 0 : Math.min(...distinctCounts),
    averageDistinctOrganisations:
      distinctCounts.length === 0 ? 0 : distinctCounts.reduce((sum, n) => sum + n, 0) / distinctCounts.length,
    singleOrganisationTables,
    tableSizeSpread,
    smallestTable: sizes.length === 0 ? 0 : Math.min(...sizes),
    largestTable: sizes.length === 0 ? 0 : Math.max(...sizes),
  };
}
