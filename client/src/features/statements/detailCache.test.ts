import { describe, expect, it } from '@jest/globals';
import type { ConversationDetail, Reply, Statement } from '@leernetwerk/shared';
import { withLiveReply, withLiveStatement, withOwnVote, withTallies } from './detailCache';

function statement(overrides: Partial<Statement> = {}): Statement {
  return {
    id: 's1',
    conversationId: 'c1',
    text: 'Technologie hoort bij goed sociaal werk.',
    status: 'published',
    mine: false,
    reports: 0,
    reportReasons: [],
    tally: { agree: 0, disagree: 0, pass: 0 },
    myVote: { before: null, after: null },
    replies: [],
    ...overrides,
  };
}

function reply(overrides: Partial<Reply> = {}): Reply {
  return {
    id: 'r1',
    statementId: 's1',
    kind: 'for',
    text: 'Het scheelt tijd.',
    status: 'published',
    mine: false,
    reports: 0,
    reportReasons: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

function detail(statements: Statement[]): ConversationDetail {
  return {
    id: 'c1',
    title: 'Eens of oneens?',
    description: '',
    status: 'open',
    moderation: 'strict',
    allowProposals: true,
    votingPhase: 'before',
    createdBy: 'u1',
    createdAt: '2026-01-01T00:00:00.000Z',
    statements,
  };
}

describe('detail cache updates', () => {
  it('replaces the tallies of the statements named, and leaves the others alone', () => {
    const next = withTallies(detail([statement(), statement({ id: 's2' })]), [
      { statementId: 's2', tally: { agree: 2, disagree: 1, pass: 0 } },
    ]);
    expect(next.statements.map((s) => s.tally.agree)).toEqual([0, 2]);
  });

  it('keeps the own vote and replies when a broadcast statement is merged', () => {
    const mine = statement({ myVote: { before: { value: 'agree' }, after: null }, replies: [reply()] });
    const next = withLiveStatement(
      detail([mine]),
      {
        id: 's1',
        conversationId: 'c1',
        text: mine.text,
        status: 'published',
        tally: { agree: 5, disagree: 0, pass: 0 },
      },
      false,
    );
    expect(next.statements[0]).toMatchObject({ myVote: { before: { value: 'agree' } }, tally: { agree: 5 } });
    expect(next.statements[0]?.replies).toHaveLength(1);
  });

  it('drops a statement a participant may no longer see, but keeps it for a moderator', () => {
    const hidden = { id: 's1', conversationId: 'c1', text: 'x', status: 'hidden' as const, tally: statement().tally };
    expect(withLiveStatement(detail([statement()]), hidden, false).statements).toHaveLength(0);
    expect(withLiveStatement(detail([statement()]), hidden, true).statements[0]?.status).toBe('hidden');
  });

  it('adds a newly published reply under its statement once', () => {
    const live = {
      id: 'r2',
      conversationId: 'c1',
      statementId: 's1',
      kind: 'against' as const,
      text: 'Niet altijd.',
      status: 'published' as const,
      createdAt: '',
    };
    const once = withLiveReply(detail([statement()]), live, false);
    const twice = withLiveReply(once, live, false);
    expect(twice.statements[0]?.replies.map((r) => r.id)).toEqual(['r2']);
  });

  it('stores the own vote in the phase it was cast in', () => {
    const next = withOwnVote(detail([statement()]), {
      statementId: 's1',
      phase: 'after',
      vote: { value: 'pass', reason: 'Twijfel' },
    });
    expect(next.statements[0]?.myVote).toEqual({ before: null, after: { value: 'pass', reason: 'Twijfel' } });
  });
});
