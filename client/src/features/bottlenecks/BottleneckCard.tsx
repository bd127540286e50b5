import type { BottleneckSummary } from '@leernetwerk/shared';
import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusBadge } from './StatusBadge';

/** One bottleneck in the register: the title as the link, then status, reach, technology and pillar. */
export function BottleneckCard({ bottleneck }: { bottleneck: BottleneckSummary }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" component="article">
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" align="flex-start" wrap="nowrap">
          <Anchor component={Link} to={`/knelpunten/${bottleneck.id}`} fw={600}>
            {bottleneck.title}
          </Anchor>
          <StatusBadge status={bottleneck.status} />
        </Group>
        <Group gap="md" wrap="wrap">
          <Text size="sm" fw={600}>
            {t('bottlenecks.list.organisations', { count: bottleneck.organisationsAffected })}
          </Text>
          <Text size="sm" c="dimmed">
            {bottleneck.technologyName
              ? t('bottlenecks.list.technology', { name: bottleneck.technologyName })
              : t('bottlenecks.list.noTechnology')}
          </Text>
          {bottleneck.pillar && (
            <Text size="sm" c="dimmed">
              {t('bottlenecks.list.pillar', { name: t(`intervision.pillars.${bottleneck.pillar}`) })}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
