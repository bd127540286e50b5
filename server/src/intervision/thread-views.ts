import type { Author, Post, Thread, ThreadSummary, User } from '@leernetwerk/shared';
import type { StoredPost } from './posts.repository';
import type { StoredThread } from './threads.repository';

export type AuthorOf = (userId: string, technologyId: string) => Author;

export function threadSummary(thread: StoredThread, authorOf: AuthorOf): ThreadSummary {
  return {
    id: thread.id,
    technologyId: thread.technologyId,
    kind: thread.kind,
    title: thread.title,
    pillar: thread.pillar,
    tags: thread.tags,
    author: authorOf(thread.authorId, thread.technologyId),
    askAmbassadors: thread.askAmbassadors,
    answeredByAmbassador: thread.answeredByAmbassador,
    replyCount: thread.replyCount,
    helpfulCount: thread.helpfulBy.length,
    status: thread.status,
    createdAt: thread.createdAt,
    lastActivityAt: thread.lastActivityAt,
  };
}

export function postView(post: StoredPost, authorOf: AuthorOf, viewer: User): Post {
  return {
    id: post.id,
    threadId: post.threadId,
    body: post.body,
    step: post.step,
    author: authorOf(post.authorId, post.technologyId),
    helpfulCount: post.helpfulBy.length,
    helpfulByMe: post.helpfulBy.includes(viewer.id),
    status: post.status,
    createdAt: post.createdAt,
  };
}

export function threadView(
  thread: StoredThread,
  posts: readonly StoredPost[],
  authorOf: AuthorOf,
  viewer: User,
  following: boolean,
): Thread {
  return {
    ...threadSummary(thread, authorOf),
    body: thread.body,
    helpfulByMe: thread.helpfulBy.includes(viewer.id),
    following,
    posts: posts.map((post) => postView(post, authorOf, viewer)),
  };
}
