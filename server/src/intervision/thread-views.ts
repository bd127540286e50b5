import type { Author, Post, Thread, ThreadSummary, User } from '@leernetwerk/shared';
import { ownershipView } from '../common/content-history';
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
    ...ownershipView(thread.ownership, (id) => authorOf(id, thread.technologyId).name),
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
    ...ownershipView(post.ownership, (id) => authorOf(id, post.technologyId).name),
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

/** Everyone whose name a thread view shows: writers, and who removed personal data. */
export function peopleIn(thread: StoredThread, posts: readonly StoredPost[]): string[] {
  const removers = [thread, ...posts].flatMap((item) => item.ownership.personalDataRemoved?.actorId ?? []);
  return [thread.authorId, ...posts.map((p) => p.authorId), ...removers];
}
