import type { BottleneckSummary } from '@leernetwerk/shared';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BottleneckCard } from './BottleneckCard';

const PAGE_SIZE = 50;

/** The ranked register in pages of 50, so a register of thousands stays quick to render. */
export function BottleneckList({ bottlenecks }: { bottlenecks: BottleneckSummary[] }) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(PAGE_SIZE);
  const shown = bottlenecks.slice(0, visible);
  return (
    <Stack gap="sm">
      <Text size="sm" role="status">
        {bottlenecks.length === 0
          ? t('bottlenecks.list.empty')
          : t('bottlenecks.list.found', { count: bottlenecks.length })}
      </Text>
      {shown.map((bottleneck) => (
        <BottleneckCard key={bottleneck.id} bottleneck={bottleneck} />
      ))}
      {bottlenecks.length > shown.length && (
        <Group gap="md">
          <Text size="sm">{t('bottlenecks.list.showing', { shown: shown.length, count: bottlenecks.length })}</Text>
          <Button variant="default" onClick={() => setVisible((count) => count + PAGE_SIZE)}>
            {t('bottlenecks.list.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
