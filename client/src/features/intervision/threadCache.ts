import type { Post, Thread, ThreadSummary } from '@leernetwerk/shared';

/** Adds a reply that arrived live, or replaces it; what only this viewer knows (helpfulByMe) is kept. */
export function withPost(thread: Thread, post: Omit<Post, 'helpfulByMe'> & { helpfulByMe?: boolean }): Thread {
  const before = thread.posts.find((item) => item.id === post.id);
  const next: Post = { ...post, helpfulByMe: post.helpfulByMe ?? before?.helpfulByMe ?? false };
  const posts = before ? thread.posts.map((item) => (item.id === post.id ? next : item)) : [...thread.posts, next];
  return { ...thread, posts };
}

/** Takes the counts, status and answered mark of a thread that changed. */
export function withSummary(thread: Thread, summary: ThreadSummary): Thread {
  return { ...thread, ...summary };
}
