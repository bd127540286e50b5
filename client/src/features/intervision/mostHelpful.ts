import type { Post, Thread, ThreadSummary } from '@leernetwerk/shared';

export type HelpfulItem =
  | { kind: 'thread'; thread: ThreadSummary; count: number }
  | { kind: 'post'; post: Post; thread: ThreadSummary; count: number };

/** Threads worth opening for their replies: the ones with replies, most recently active first. */
export function threadsWithReplies(threads: ThreadSummary[], limit = 12): ThreadSummary[] {
  return threads
    .filter((thread) => thread.replyCount > 0 && thread.status === 'published')
    .sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt))
    .slice(0, limit);
}

/**
 * The threads and replies with the most helpful marks (at least one), most marked first: the
 * front-runners, from the thread list and whichever threads' replies were fetched.
 */
export function mostHelpful(threads: ThreadSummary[], details: Thread[], limit = 3): HelpfulItem[] {
  const published = threads.filter((thread) => thread.status === 'published');
  const items: HelpfulItem[] = [
    ...published.map((thread) => ({ kind: 'thread' as const, thread, count: thread.helpfulCount })),
    ...details.flatMap((thread) =>
      thread.posts
        .filter((post) => post.status === 'published')
        .map((post) => ({ kind: 'post' as const, post, thread, count: post.helpfulCount })),
    ),
  ];
  return items
    .filter((item) => item.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, limit);
}
