/**
 * When opinion groups are shown: the server's analysis gates on these, and the results page says
 * them, so the two cannot disagree.
 */
export const OPINION_GROUP_THRESHOLDS = {
  /** Fewer distinct statements than this and "groups" would only restate the tallies. */
  minStatements: 3,
  /** Participants with enough votes needed before groups are shown. */
  minVoters: 7,
  /** Votes a participant needs to be placed, at most the number of statements voted on. */
  minVotesPerVoter: 5,
  minGroupSize: 3,
} as const;

/** Votes each participant needs in a conversation whose votes cover `statementCount` statements. */
export function votesNeededPerVoter(statementCount: number): number {
  return Math.min(OPINION_GROUP_THRESHOLDS.minVotesPerVoter, statementCount);
}
