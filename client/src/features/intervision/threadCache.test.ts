import { describe, expect, it } from '@jest/globals';
import type { Post, Thread } from '@leernetwerk/shared';
import { withPost } from './threadCache';

const author = { id: 'u1', name: 'Sanne', organisationName: 'Surplus', ambassador: true };
const post: Post = {
  id: 'p1',
  threadId: 't1',
  body: 'Antwoord',
  step: null,
  author,
  helpfulCount: 0,
  helpfulByMe: true,
  status: 'published',
  createdAt: '2026-01-01T00:00:00.000Z',
  revision: 0,
  editedAt: null,
  deletedAt: null,
  personalDataRemoved: null,
};
const thread = { id: 't1', posts: [post] } as unknown as Thread;

describe('thread cache', () => {
  it('adds a new reply once and keeps my helpful mark on a known one', () => {
    const live: Omit<Post, 'helpfulByMe'> = { ...post, id: 'p2' };
    const added = withPost(thread, live);
    expect(added.posts.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(withPost(added, live).posts).toHaveLength(2);
    const update: Omit<Post, 'helpfulByMe'> = { ...post, helpfulCount: 3 };
    expect(withPost(thread, update).posts[0]).toMatchObject({ helpfulCount: 3, helpfulByMe: true });
  });
});
