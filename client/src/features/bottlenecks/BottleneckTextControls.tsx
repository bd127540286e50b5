import type { Bottleneck } from '@leernetwerk/shared';
import { Group } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { HistoryButton } from '../ownership/HistoryButton';
import { RemovePersonalDataButton } from '../ownership/RemovePersonalDataButton';
import { WrittenAt } from '../ownership/WrittenAt';
import { bottleneckKeys } from './bottlenecksApi';

/** When the report was written or edited; personal data removal and its history for those allowed. */
export function BottleneckTextControls({ bottleneck }: { bottleneck: Bottleneck }) {
  const queryClient = useQueryClient();
  const item = { kind: 'bottleneck', id: bottleneck.id } as const;
  return (
    <Group gap="xs">
      <WrittenAt createdAt={bottleneck.createdAt} item={bottleneck} />
      <RemovePersonalDataButton
        item={item}
        text={bottleneck.description}
        onDone={() => void queryClient.invalidateQueries({ queryKey: bottleneckKeys.detail(bottleneck.id) })}
      />
      <HistoryButton item={item} />
    </Group>
  );
}
