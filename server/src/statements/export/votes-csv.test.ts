import { votesCsv } from './votes-csv';
import type { StoredStatement } from '../statements.repository';
import type { StoredVote } from '../votes.repository';

const statement = (id: string, text: string): StoredStatement => ({
  id,
  conversationId: 'c',
  text,
  status: 'published',
  authorId: 'author',
  reportedBy: [],
  reportReasons: [],
});

describe('votesCsv', () => {
  const statements = [statement('s1', 'Eerste, met "aanhalingstekens"'), statement('s2', '=HYPERLINK("x")')];
  const votes: StoredVote[] = [
    { participantId: 'user-b', statementId: 's1', value: 'agree', phase: 'before', reason: 'Want: ja' },
    { participantId: 'user-a', statementId: 's1', value: 'disagree', phase: 'before' },
    { participantId: 'user-b', statementId: 's2', value: 'pass', phase: 'after' },
    { participantId: 'user-c', statementId: 'hidden', value: 'agree', phase: 'before' },
  ];
  const lines = votesCsv(statements, votes)
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\n');

  it('writes a header and one row per vote on a listed statement, with Dutch values', () => {
    expect(lines).toEqual([
      'deelnemer,stelling_id,stelling,fase,stem,reden',
      'deelnemer-1,s1,"Eerste, met ""aanhalingstekens""",voor,eens,Want: ja',
      'deelnemer-2,s1,"Eerste, met ""aanhalingstekens""",voor,oneens,',
      `deelnemer-1,s2,"'=HYPERLINK(""x"")",na,pas,`,
    ]);
  });

  it('never contains a user id', () => {
    expect(lines.join('\n')).not.toMatch(/user-/);
  });
});
