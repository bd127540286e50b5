import type { VoteValue } from './analysis.types';
import { compareIds, type LatestVotes } from './latest-votes';

/** Rows are participants, columns statements; +1 agree, −1 disagree, 0 pass, null not voted. */
export interface VoteMatrix {
  participantIds: string[];
  statementIds: string[];
  rows: (number | null)[][];
}

const VOTE_NUMBER: Record<VoteValue, number> = { agree: 1, disagree: -1, pass: 0 };

/** The matrix of the given participants over every statement at least one of them voted on. */
export function buildVoteMatrix(latest: LatestVotes, participantIds: readonly string[]): VoteMatrix {
  const sortedParticipants = [...participantIds].sort(compareIds);
  const statementSet = new Set<string>();
  for (const participantId of sortedParticipants) {
    for (const statementId of latest.get(participantId)?.keys() ?? []) statementSet.add(statementId);
  }
  const statementIds = [...statementSet].sort(compareIds);
  const rows = sortedParticipants.map((participantId) => {
    const byStatement = latest.get(participantId);
    return statementIds.map((statementId) => {
      const value = byStatement?.get(statementId);
      return value === undefined ? null : VOTE_NUMBER[value];
    });
  });
  return { participantIds: sortedParticipants, statementIds, rows };
}
