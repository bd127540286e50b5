import type { ThreadSummary } from '@leernetwerk/shared';

/** The few threads with the most helpful marks (at least one), most marked first. */
export function mostHelpful(threads: ThreadSummary[], limit = 3): ThreadSummary[] {
  return threads
    .filter((thread) => thread.helpfulCount > 0 && thread.status === 'published')
    .sort((a, b) => b.helpfulCount - a.helpfulCount || b.lastActivityAt.localeCompare(a.lastActivityAt))
    .slice(0, limit);
}
