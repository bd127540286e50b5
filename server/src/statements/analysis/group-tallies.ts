import type { Tally } from './analysis.types';
import { addToTally, emptyTally, type LatestVotes } from './latest-votes';

/** One statement's tally per group; `groups[g]` belongs to group g. */
export interface GroupStatementTally {
  statementId: string;
  groups: Tally[];
}

/** Tallies each statement within each group, from the members' latest votes. */
export function tallyByGroup(
  latest: LatestVotes,
  statementIds: readonly string[],
  groupMembers: readonly (readonly string[])[],
): GroupStatementTally[] {
  return statementIds.map((statementId) => ({
    statementId,
    groups: groupMembers.map((members) => {
      const tally = emptyTally();
      for (const participantId of members) {
        const value = latest.get(participantId)?.get(statementId);
        if (value !== undefined) addToTally(tally, value);
      }
      return tally;
    }),
  }));
}

export function sumTallies(tallies: readonly Tally[]): Tally {
  const sum = emptyTally();
  for (const tally of tallies) {
    sum.agree += tally.agree;
    sum.disagree += tally.disagree;
    sum.pass += tally.pass;
    sum.total += tally.total;
  }
  return sum;
}

export function ratio(count: number, total: number): number {
  return total > 0 ? count / total : 0;
}

/** Laplace-smoothed share, (count + 1) / (total + 2): a few votes cannot look unanimous. */
export function smoothedRatio(count: number, total: number): number {
  return (count + 1) / (total + 2);
}
