import type { CommonGroundStatement } from './analysis.types';
import { ratio, smoothedRatio, type GroupStatementTally } from './group-tallies';
import type { AnalysisThresholds } from './thresholds';

type Settings = Pick<AnalysisThresholds, 'minGroupVotesPerStatement' | 'minCommonGroundAgreeRatio'>;

/**
 * Statements every group agrees with. Ranked by Pol.is' group-informed consensus, the product
 * over groups of (agree + 1) / (votes + 2), so one lukewarm group pulls a statement down however
 * keen the others are. To be listed at all, each group needs minGroupVotesPerStatement votes on
 * it and an agree share of at least minCommonGroundAgreeRatio (0.6 by default): a product alone
 * would also rank a statement that only scrapes by in every group.
 */
export function commonGround(tallies: readonly GroupStatementTally[], settings: Settings): CommonGroundStatement[] {
  const found: CommonGroundStatement[] = [];
  for (const { statementId, groups } of tallies) {
    if (groups.length === 0) continue;
    const everyGroupAgrees = groups.every(
      (tally) =>
        tally.total >= settings.minGroupVotesPerStatement &&
        ratio(tally.agree, tally.total) >= settings.minCommonGroundAgreeRatio,
    );
    if (!everyGroupAgrees) continue;
    found.push({
      statementId,
      consensus: groups.reduce((product, tally) => product * smoothedRatio(tally.agree, tally.total), 1),
      groups: groups.map((tally, groupId) => ({
        groupId,
        agreeRatio: ratio(tally.agree, tally.total),
        votes: tally.total,
      })),
    });
  }
  return found.sort((a, b) => b.consensus - a.consensus || (a.statementId < b.statementId ? -1 : 1));
}
