import type { OpinionShift, Tally, VoteRecord } from './analysis.types';
import { ratio } from './group-tallies';
import { latestVotes, tallyVotes } from './latest-votes';

/**
 * How views moved between the 'before' and 'after' rounds, for statements voted on in both.
 * Each round counts a participant's latest vote in that round once.
 */
export function opinionShift(votes: readonly VoteRecord[]): OpinionShift[] {
  const before = latestVotes(votes, 'before');
  const after = latestVotes(votes, 'after');
  const beforeTallies = new Map(tallyVotes(before).map(({ statementId, ...tally }) => [statementId, tally]));
  const shifts: OpinionShift[] = [];
  for (const { statementId, ...afterTally } of tallyVotes(after)) {
    const beforeTally: Tally | undefined = beforeTallies.get(statementId);
    if (!beforeTally) continue;
    let changedVotes = 0;
    for (const [participantId, byStatement] of after) {
      const then = before.get(participantId)?.get(statementId);
      const now = byStatement.get(statementId);
      if (then !== undefined && now !== undefined && then !== now) changedVotes += 1;
    }
    shifts.push({
      statementId,
      before: beforeTally,
      after: afterTally,
      agreeRatioChange: ratio(afterTally.agree, afterTally.total) - ratio(beforeTally.agree, beforeTally.total),
      changedVotes,
    });
  }
  return shifts;
}
