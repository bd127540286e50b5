import type { DivisiveStatement } from './analysis.types';
import { ratio, smoothedRatio, type GroupStatementTally } from './group-tallies';
import type { AnalysisThresholds } from './thresholds';

type Settings = Pick<AnalysisThresholds, 'minGroupVotesPerStatement' | 'minDivisiveSpread'>;

/**
 * Statements the groups split on, ranked by the gap between the most and the least agreeing
 * group. The gap uses Laplace-smoothed shares so that a group with few votes cannot fake a split;
 * only groups with minGroupVotesPerStatement votes take part, and at least two must.
 */
export function divisiveStatements(tallies: readonly GroupStatementTally[], settings: Settings): DivisiveStatement[] {
  const found: DivisiveStatement[] = [];
  for (const { statementId, groups } of tallies) {
    const counted = groups
      .map((tally, groupId) => ({ groupId, tally }))
      .filter(({ tally }) => tally.total >= settings.minGroupVotesPerStatement);
    if (counted.length < 2) continue;
    const shares = counted.map(({ tally }) => smoothedRatio(tally.agree, tally.total));
    const spread = Math.max(...shares) - Math.min(...shares);
    if (spread < settings.minDivisiveSpread) continue;
    found.push({
      statementId,
      spread,
      groups: counted.map(({ groupId, tally }) => ({
        groupId,
        agreeRatio: ratio(tally.agree, tally.total),
        votes: tally.total,
      })),
    });
  }
  return found.sort((a, b) => b.spread - a.spread || (a.statementId < b.statementId ? -1 : 1));
}
