import type { Bottleneck } from '@leernetwerk/shared';
import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Kind, technology and pillar as a description list, so each value is read with its label. */
export function BottleneckFacts({ bottleneck }: { bottleneck: Bottleneck }) {
  const { t } = useTranslation();
  const facts = [
    { label: t('bottlenecks.detail.scope'), value: t(`bottlenecks.scope.${bottleneck.scope}`) },
    { label: t('bottlenecks.detail.technology'), value: bottleneck.technologyName ?? t('bottlenecks.detail.none') },
    {
      label: t('bottlenecks.detail.pillar'),
      value: bottleneck.pillar ? t(`intervision.pillars.${bottleneck.pillar}`) : t('bottlenecks.detail.none'),
    },
  ];
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="md" m={0} aria-label={t('bottlenecks.detail.facts')}>
      {facts.map(({ label, value }) => (
        <Stack key={label} gap={0}>
          <Text component="dt" size="sm" c="dimmed">
            {label}
          </Text>
          <Text component="dd" m={0} fw={600}>
            {value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
