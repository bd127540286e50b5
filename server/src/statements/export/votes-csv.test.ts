import { readExcelCsv } from '../../common/excel-csv';
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
  const statements = [statement('s1', 'Eerste; met "aanhalingstekens"'), statement('s2', '=HYPERLINK("x")')];
  const votes: StoredVote[] = [
    { participantId: 'user-b', statementId: 's1', value: 'agree', phase: 'before', reason: 'Want: ja' },
    { participantId: 'user-a', statementId: 's1', value: 'disagree', phase: 'before' },
    { participantId: 'user-b', statementId: 's2', value: 'pass', phase: 'after' },
    { participantId: 'user-c', statementId: 'hidden', value: 'agree', phase: 'before' },
  ];
  const csv = votesCsv(statements, votes);

  it('reads back as a header and one row per vote on a listed statement, in Dutch', () => {
    expect(readExcelCsv(csv)).toEqual([
      ['Deelnemer', 'Stelling nr.', 'Stelling', 'Moment', 'Stem', 'Reden'],
      ['Deelnemer 1', '1', 'Eerste; met "aanhalingstekens"', 'Voor het gesprek', 'Eens', 'Want: ja'],
      ['Deelnemer 2', '1', 'Eerste; met "aanhalingstekens"', 'Voor het gesprek', 'Oneens', ''],
      ['Deelnemer 1', '2', `'=HYPERLINK("x")`, 'Na het gesprek', 'Pas', ''],
    ]);
  });

  it('never contains a user or statement id', () => {
    expect(csv).not.toMatch(/user-|\bs1\b|hidden/);
  });
});
