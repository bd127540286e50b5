import { describe, expect, it } from '@jest/globals';
import type { Post, Thread, ThreadSummary } from '@leernetwerk/shared';
import { mostHelpful } from './mostHelpful';

const author = { id: 'u1', name: 'Sanne', organisationName: 'Surplus', ambassador: true };
function summary(id: string, helpfulCount: number): ThreadSummary {
  return {
    id,
    technologyId: 'tech',
    kind: 'tip',
    title: id,
    pillar: null,
    tags: [],
    author,
    askAmbassadors: false,
    answeredByAmbassador: false,
    replyCount: 1,
    helpfulCount,
    status: 'published',
    createdAt: '2026-01-01T00:00:00.000Z',
    lastActivityAt: '2026-01-01T00:00:00.000Z',
    revision: 0,
    editedAt: null,
    deletedAt: null,
    personalDataRemoved: null,
  };
}
function post(id: string, helpfulCount: number): Post {
  return {
    id,
    threadId: 'a',
    body: id,
    step: null,
    author,
    helpfulCount,
    helpfulByMe: false,
    status: 'published',
    createdAt: '2026-01-01T00:00:00.000Z',
    revision: 0,
    editedAt: null,
    deletedAt: null,
    personalDataRemoved: null,
  };
}

describe('mostHelpful', () => {
  it('ranks threads and replies together by helpful marks and leaves out the unmarked', () => {
    const detail: Thread = {
      ...summary('a', 1),
      body: '',
      helpfulByMe: false,
      following: false,
      posts: [post('p', 4)],
    };
    const items = mostHelpful([summary('a', 1), summary('b', 2), summary('c', 0)], [detail]);
    expect(items.map((item) => (item.kind === 'post' ? item.post.id : item.thread.id))).toEqual(['p', 'b', 'a']);
  });
});
