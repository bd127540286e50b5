import type { OwnVote, Reply, Statement, User, VotePhase, VoteTally } from '@leernetwerk/shared';
import { latestVotes, tallyVotes } from './analysis/latest-votes';
import type { VoteRecord } from './analysis';
import { reportsVisibleTo } from './moderation-rules';
import type { StoredReply } from './replies.repository';
import type { StoredStatement } from './statements.repository';
import type { StoredVote } from './votes.repository';

export const EMPTY_TALLY: VoteTally = { agree: 0, disagree: 0, pass: 0 };

/** Tallies per statement id; an 'after' vote replaces the same person's 'before' vote. */
export function talliesOf(votes: readonly VoteRecord[]): Map<string, VoteTally> {
  return new Map(
    tallyVotes(latestVotes(votes)).map((t) => [t.statementId, { agree: t.agree, disagree: t.disagree, pass: t.pass }]),
  );
}

export type OwnVotes = Map<string, Record<VotePhase, OwnVote | null>>;

/** The viewer's votes per statement and phase. */
export function ownVotesOf(votes: readonly StoredVote[], viewerId: string): OwnVotes {
  const own: OwnVotes = new Map();
  for (const vote of votes) {
    if (vote.participantId !== viewerId) continue;
    const phases = own.get(vote.statementId) ?? { before: null, after: null };
    phases[vote.phase] = vote.reason ? { value: vote.value, reason: vote.reason } : { value: vote.value };
    own.set(vote.statementId, phases);
  }
  return own;
}

/** What a viewer sees of a reply: the author only as `mine`. */
export function toReplyView(reply: StoredReply, viewer: User): Reply {
  return {
    id: reply.id,
    statementId: reply.statementId,
    kind: reply.kind,
    text: reply.text,
    status: reply.status,
    mine: reply.authorId === viewer.id,
    ...reportsVisibleTo(viewer, reply),
    createdAt: reply.createdAt,
  };
}

export interface StatementContext {
  tally?: VoteTally;
  myVote?: Record<VotePhase, OwnVote | null>;
  replies?: Reply[];
}

/** What a viewer sees of a statement: the author only as `mine`. */
export function toStatementView(statement: StoredStatement, viewer: User, context: StatementContext = {}): Statement {
  return {
    id: statement.id,
    conversationId: statement.conversationId,
    text: statement.text,
    status: statement.status,
    mine: statement.authorId === viewer.id,
    ...reportsVisibleTo(viewer, statement),
    tally: context.tally ?? EMPTY_TALLY,
    myVote: context.myVote ?? { before: null, after: null },
    replies: context.replies ?? [],
  };
}
