import type { RepresentativeStatement } from './analysis.types';
import { ratio, smoothedRatio, sumTallies, type GroupStatementTally } from './group-tallies';
import type { AnalysisThresholds } from './thresholds';

type Settings = Pick<
  AnalysisThresholds,
  'minGroupVotesPerStatement' | 'representativeMinZ' | 'maxRepresentativePerGroup'
>;

/**
 * The statements that set a group apart from the other groups, after Pol.is' "repness".
 * For each statement and direction (agree, disagree), with the group's votes against the votes of
 * everyone in the other groups:
 *  - both sides need at least minGroupVotesPerStatement votes;
 *  - most of the group's votes go that way (share > 0.5), so the statement describes the group;
 *  - a two-proportion z-test says the group goes that way more often than the others
 *    (z ≥ representativeMinZ; 1.2816 is one-sided 90%, Pol.is' level);
 *  - score = (p_group / p_others) × p_group with Laplace-smoothed shares: how much more the group
 *    holds the view, weighted by how firmly it holds it.
 * Per statement the better direction counts; the top maxRepresentativePerGroup by score are kept.
 */
export function representativeStatements(
  tallies: readonly GroupStatementTally[],
  groupId: number,
  settings: Settings,
): RepresentativeStatement[] {
  const found: RepresentativeStatement[] = [];
  for (const { statementId, groups } of tallies) {
    const group = groups[groupId];
    if (!group) continue;
    const others = sumTallies(groups.filter((_, index) => index !== groupId));
    if (group.total < settings.minGroupVotesPerStatement || others.total < settings.minGroupVotesPerStatement) {
      continue;
    }
    let best: RepresentativeStatement | null = null;
    for (const direction of ['agree', 'disagree'] as const) {
      const inGroup = group[direction];
      const inOthers = others[direction];
      if (ratio(inGroup, group.total) <= 0.5) continue;
      const zScore = twoProportionZ(inGroup, group.total, inOthers, others.total);
      if (zScore < settings.representativeMinZ) continue;
      const groupShare = smoothedRatio(inGroup, group.total);
      const score = (groupShare / smoothedRatio(inOthers, others.total)) * groupShare;
      if (best && best.score >= score) continue;
      best = {
        statementId,
        direction,
        groupAgreeRatio: ratio(group.agree, group.total),
        othersAgreeRatio: ratio(others.agree, others.total),
        groupDirectionRatio: ratio(inGroup, group.total),
        othersDirectionRatio: ratio(inOthers, others.total),
        groupVotes: group.total,
        zScore,
        score,
      };
    }
    if (best) found.push(best);
  }
  return found
    .sort((a, b) => b.score - a.score || (a.statementId < b.statementId ? -1 : 1))
    .slice(0, settings.maxRepresentativePerGroup);
}

/** z for "the first proportion is larger than the second", with the pooled standard error. */
export function twoProportionZ(successes1: number, total1: number, successes2: number, total2: number): number {
  const pooled = (successes1 + successes2) / (total1 + total2);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / total1 + 1 / total2));
  if (standardError === 0) return 0;
  return (successes1 / total1 - successes2 / total2) / standardError;
}
