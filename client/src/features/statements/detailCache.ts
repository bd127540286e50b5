import type {
  Conversation,
  ConversationDetail,
  LiveReply,
  LiveStatement,
  Reply,
  Statement,
  VoteResponse,
  VoteTally,
} from '@leernetwerk/shared';

// Pure updates of a cached ConversationDetail, for live events and for answers to our own requests.

/** Whether the viewer may still see an item after a change: moderators see all, others only published and their own. */
function visible(status: Statement['status'], mine: boolean, moderator: boolean): boolean {
  return moderator || mine || status === 'published';
}

export function withTallies(
  detail: ConversationDetail,
  tallies: { statementId: string; tally: VoteTally }[],
): ConversationDetail {
  const byId = new Map(tallies.map(({ statementId, tally }) => [statementId, tally]));
  return {
    ...detail,
    statements: detail.statements.map((statement) => {
      const tally = byId.get(statement.id);
      return tally ? { ...statement, tally } : statement;
    }),
  };
}

/** Merges a broadcast statement; what differs per viewer (own vote, replies, reports) is kept or starts empty. */
export function withLiveStatement(
  detail: ConversationDetail,
  live: LiveStatement,
  moderator: boolean,
): ConversationDetail {
  if (live.conversationId !== detail.id) return detail;
  const existing = detail.statements.find((statement) => statement.id === live.id);
  const merged: Statement = existing
    ? { ...existing, ...live }
    : { ...live, mine: false, reports: 0, reportReasons: [], myVote: { before: null, after: null }, replies: [] };
  return withStatement(detail, merged, moderator);
}

/** Puts a statement in place (or at the end when new), or drops it when the viewer may no longer see it. */
export function withStatement(
  detail: ConversationDetail,
  statement: Statement,
  moderator: boolean,
): ConversationDetail {
  const others = detail.statements.filter((item) => item.id !== statement.id);
  if (!visible(statement.status, statement.mine, moderator)) return { ...detail, statements: others };
  const index = detail.statements.findIndex((item) => item.id === statement.id);
  if (index === -1) return { ...detail, statements: [...detail.statements, statement] };
  const statements = [...detail.statements];
  statements[index] = statement;
  return { ...detail, statements };
}

export function withLiveReply(detail: ConversationDetail, live: LiveReply, moderator: boolean): ConversationDetail {
  const statement = detail.statements.find((item) => item.id === live.statementId);
  const existing = statement?.replies.find((reply) => reply.id === live.id);
  return withReply(
    detail,
    existing ? { ...existing, ...live } : { ...live, mine: false, reports: 0, reportReasons: [] },
    moderator,
  );
}

export function withReply(detail: ConversationDetail, reply: Reply, moderator: boolean): ConversationDetail {
  return {
    ...detail,
    statements: detail.statements.map((statement) => {
      if (statement.id !== reply.statementId) return statement;
      const others = statement.replies.filter((item) => item.id !== reply.id);
      if (!visible(reply.status, reply.mine, moderator)) return { ...statement, replies: others };
      const index = statement.replies.findIndex((item) => item.id === reply.id);
      const replies = [...statement.replies];
      if (index === -1) replies.push(reply);
      else replies[index] = reply;
      return { ...statement, replies };
    }),
  };
}

export function withOwnVote(detail: ConversationDetail, answer: VoteResponse): ConversationDetail {
  return {
    ...detail,
    statements: detail.statements.map((statement) =>
      statement.id === answer.statementId
        ? { ...statement, myVote: { ...statement.myVote, [answer.phase]: answer.vote } }
        : statement,
    ),
  };
}

export function withConversation(detail: ConversationDetail, conversation: Conversation): ConversationDetail {
  return conversation.id === detail.id ? { ...detail, ...conversation } : detail;
}
