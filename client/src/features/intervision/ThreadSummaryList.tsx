import type { ThreadSummary } from '@leernetwerk/shared';
import { Stack, Text } from '@mantine/core';
import { ThreadSummaryItem } from './ThreadSummaryItem';

interface ThreadSummaryListProps {
  threads: ThreadSummary[];
  empty: string;
  label?: string;
}

/** Threads as a list; `empty` says what to do when there are none. */
export function ThreadSummaryList({ threads, empty, label }: ThreadSummaryListProps) {
  if (threads.length === 0) return <Text>{empty}</Text>;
  return (
    <Stack component="ul" gap="sm" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {threads.map((thread) => (
        <li key={thread.id}>
          <ThreadSummaryItem thread={thread} />
        </li>
      ))}
    </Stack>
  );
}
