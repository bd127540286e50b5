import type { DivisiveStatement } from './analysis.types';
import { ratio, smoothedRatio, type GroupStatementTally } from './group-tallies';
import type { AnalysisThresholds } from './thresholds';

type Settings = Pick<AnalysisThresholds, 'minGroupVotesPerStatement' | 'minDivisiveness'>;

/**
 * Statements the groups split on. Divisiveness is the standard deviation of the groups' agree
 * shares, each group weighted by its votes on the statement: a clean split of the room in half
 * scores 0.5, a small group against everyone else less, as it divides fewer people. A plain
 * max − min gap would rank a split off by a handful as high as one through the middle, and it
 * rewards whichever group happens to have the least noise. Shares are Laplace-smoothed so a group
 * with few votes cannot fake a split; only groups with minGroupVotesPerStatement votes take part,
 * and at least two must.
 */
export function divisiveStatements(tallies: readonly GroupStatementTally[], settings: Settings): DivisiveStatement[] {
  const found: DivisiveStatement[] = [];
  for (const { statementId, groups } of tallies) {
    const counted = groups
      .map((tally, groupId) => ({ groupId, tally, share: smoothedRatio(tally.agree, tally.total) }))
      .filter(({ tally }) => tally.total >= settings.minGroupVotesPerStatement);
    if (counted.length < 2) continue;
    const votes = counted.reduce((sum, { tally }) => sum + tally.total, 0);
    const mean = counted.reduce((sum, { tally, share }) => sum + tally.total * share, 0) / votes;
    const variance = counted.reduce((sum, { tally, share }) => sum + tally.total * (share - mean) ** 2, 0) / votes;
    const divisiveness = Math.sqrt(variance);
    if (divisiveness < settings.minDivisiveness) continue;
    found.push({
      statementId,
      divisiveness,
      groups: counted.map(({ groupId, tally }) => ({
        groupId,
        agreeRatio: ratio(tally.agree, tally.total),
        votes: tally.total,
      })),
    });
  }
  return found.sort((a, b) => b.divisiveness - a.divisiveness || (a.statementId < b.statementId ? -1 : 1));
}
