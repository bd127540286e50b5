import { OPINION_GROUP_THRESHOLDS } from '@leernetwerk/shared';

/**
 * Safeguards sized for groups of 8–200 people. Opinion groups are a claim about a room; with too
 * few people or votes they are noise, and a tiny group gives away how its members voted.
 */
export interface AnalysisThresholds {
  /** Fewer distinct statements than this and "groups" would only restate the tallies. */
  minStatements: number;
  /** Participants with at least `minVotesPerVoter` votes needed before groups are shown. */
  minVoters: number;
  /** Votes a participant needs to be placed; capped at the number of statements voted on. */
  minVotesPerVoter: number;
  minGroupSize: number;
  maxGroups: number;
  /** Votes a group needs on a statement before its view on it is reported. */
  minGroupVotesPerStatement: number;
  /** One-sided z for "the group differs from the others" (1.2816 = 90%, as Pol.is). */
  representativeMinZ: number;
  maxRepresentativePerGroup: number;
  /** Every group must agree at least this much for common ground. */
  minCommonGroundAgreeRatio: number;
  /** Weighted spread of the groups' agree ratios; see divisive-statements.ts. */
  minDivisiveness: number;
}

// minVoters 7: two groups of at least 3 need 6 people; the seventh leaves k-means a real choice,
//   and a café table of 8 can still see groups.
// minVotesPerVoter 5: below that a position is mostly imputed column means. Pol.is uses 7; ours is
//   lower (and capped at the statement count) because a café round may have only four statements.
// minGroupSize 3: a group of one or two would expose how those people voted (AVG) and is noise.
// minGroupVotesPerStatement 3: fewer votes than that are an anecdote, not a group's view.
// minCommonGroundAgreeRatio 0.6: a clear majority in every group, not a coin flip.
// minDivisiveness 0.15: two equal groups thirty percentage points apart, a visible split.
export const DEFAULT_THRESHOLDS: AnalysisThresholds = {
  // Shared with the results page, which says them (statements.results.thresholds).
  ...OPINION_GROUP_THRESHOLDS,
  maxGroups: 5,
  minGroupVotesPerStatement: 3,
  representativeMinZ: 1.2816,
  maxRepresentativePerGroup: 5,
  minCommonGroundAgreeRatio: 0.6,
  minDivisiveness: 0.15,
};
