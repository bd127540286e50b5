import { Stack, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { ModerationItem, type QueueItem } from './ModerationItem';
import type { ModerationDecision } from './useModerate';

interface ModerationListProps {
  title: string;
  items: QueueItem[];
  busy: boolean;
  onDecide: (decision: ModerationDecision) => void;
  empty?: ReactNode;
}

export function ModerationList({ title, items, busy, onDecide, empty }: ModerationListProps) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} id={headingId}>
        {title}
      </Title>
      {items.length === 0 ? (
        empty
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <ModerationItem key={`${item.target}:${item.id}`} item={item} busy={busy} onDecide={onDecide} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
