import type { StatementTally, Tally, VotePhase, VoteRecord, VoteValue } from './analysis.types';

/** participantId → statementId → value */
export type LatestVotes = Map<string, Map<string, VoteValue>>;

/**
 * One vote per participant and statement. With `phase` only that phase counts; without it an
 * 'after' vote replaces a 'before' vote whatever the order, since it is the newer opinion.
 * Within a phase the later record wins: the input is in the order votes were cast.
 */
export function latestVotes(votes: readonly VoteRecord[], phase?: VotePhase): LatestVotes {
  const chosen = new Map<string, Map<string, VoteRecord>>();
  for (const vote of votes) {
    if (phase !== undefined && vote.phase !== phase) continue;
    let byStatement = chosen.get(vote.participantId);
    if (!byStatement) {
      byStatement = new Map();
      chosen.set(vote.participantId, byStatement);
    }
    const existing = byStatement.get(vote.statementId);
    if (existing?.phase === 'after' && vote.phase === 'before') continue;
    byStatement.set(vote.statementId, vote);
  }
  const result: LatestVotes = new Map();
  for (const [participantId, byStatement] of chosen) {
    result.set(participantId, new Map([...byStatement].map(([statementId, vote]) => [statementId, vote.value])));
  }
  return result;
}

export function emptyTally(): Tally {
  return { agree: 0, disagree: 0, pass: 0, total: 0 };
}

export function addToTally(tally: Tally, value: VoteValue): void {
  tally[value] += 1;
  tally.total += 1;
}

/** Tallies per statement, sorted by statement id so the result does not depend on vote order. */
export function tallyVotes(latest: LatestVotes): StatementTally[] {
  const tallies = new Map<string, Tally>();
  for (const byStatement of latest.values()) {
    for (const [statementId, value] of byStatement) {
      let tally = tallies.get(statementId);
      if (!tally) {
        tally = emptyTally();
        tallies.set(statementId, tally);
      }
      addToTally(tally, value);
    }
  }
  return [...tallies].sort(([a], [b]) => compareIds(a, b)).map(([statementId, tally]) => ({ statementId, ...tally }));
}

/** Plain code-unit order: locale-independent, so the same input always sorts the same way. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
