import type { Conversation, ConversationResults } from '@leernetwerk/shared';
import type { StoredStatement } from '../statements.repository';
import { resultsMarkdown } from './results-markdown';

const conversation: Conversation = {
  id: 'c',
  title: 'Eens of oneens?',
  description: '',
  status: 'open',
  moderation: 'strict',
  allowProposals: true,
  votingPhase: 'before',
  createdBy: 'f',
  createdAt: '2026-11-23T10:00:00.000Z',
};

const statement: StoredStatement = {
  id: 's1',
  conversationId: 'c',
  text: 'Apps | werken <b>niet</b>\n# echt',
  status: 'published',
  authorId: 'a',
  reportedBy: [],
  reportReasons: [],
};

const results: ConversationResults = {
  conversationId: 'c',
  computedAt: '2026-11-23T10:05:00.000Z',
  tallies: [{ statementId: 's1', agree: 3, disagree: 1, pass: 0, total: 4 }],
  voterCount: 4,
  qualifiedVoterCount: 0,
  groups: null,
  groupsWithheldReason: 'too-few-voters',
  projection: [],
  commonGroundBasis: 'all-voters',
  commonGround: [{ statementId: 's1', consensus: 0.66, groups: [] }],
  divisive: [],
  shift: [],
};

describe('resultsMarkdown', () => {
  const markdown = resultsMarkdown(conversation, [statement], results);

  it('tabulates each statement with counts and the agree share', () => {
    expect(markdown).toContain('| Apps \\| werken \\<b\\>niet\\</b\\> \\# echt | 3 | 1 | 0 | 75% |');
  });

  it('says why there are no groups and lists common ground', () => {
    expect(markdown).toContain('Nog geen groepen: er hebben nog te weinig mensen gestemd');
    expect(markdown).toMatch(/## Gemeenschappelijke grond\n\n- Apps/);
  });

  it('cannot be broken by user text: no raw HTML, no extra headings', () => {
    expect(markdown).not.toContain('<b>');
    expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toHaveLength(5);
  });
});
