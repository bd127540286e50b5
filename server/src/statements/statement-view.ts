import type { Statement, VoteTally } from '@leernetwerk/shared';
import { latestVotes, tallyVotes } from './analysis/latest-votes';
import type { VoteRecord } from './analysis';
import type { StoredStatement } from './statements.repository';

export const EMPTY_TALLY: VoteTally = { agree: 0, disagree: 0, pass: 0 };

/** Tallies per statement id; an 'after' vote replaces the same person's 'before' vote. */
export function talliesOf(votes: readonly VoteRecord[]): Map<string, VoteTally> {
  return new Map(
    tallyVotes(latestVotes(votes)).map((t) => [t.statementId, { agree: t.agree, disagree: t.disagree, pass: t.pass }]),
  );
}

/** What a viewer sees of a statement: the author only as `mine`. */
export function toStatementView(statement: StoredStatement, viewerId: string, tally: VoteTally): Statement {
  return {
    id: statement.id,
    conversationId: statement.conversationId,
    text: statement.text,
    status: statement.status,
    mine: statement.authorId === viewerId,
    tally,
  };
}
