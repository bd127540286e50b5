import { DASHBOARD_TOP, type BottleneckDashboard } from '@leernetwerk/shared';
import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pillarRows, statusRows, technologyRows } from './chartData';
import { CountChart } from './CountChart';
import { RankedTable } from './RankedTable';

/** The numbers of one dashboard answer: total, three charts and the ranking. */
export function DashboardView({ dashboard }: { dashboard: BottleneckDashboard }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Text size="lg" fw={600} role="status">
        {t('bottlenecks.dashboard.total', { count: dashboard.total })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <CountChart
          title={t('bottlenecks.dashboard.byPillar')}
          rows={pillarRows(dashboard.byPillar, (pillar) =>
            pillar ? t(`intervision.pillars.${pillar}`) : t('bottlenecks.dashboard.noPillar'),
          )}
        />
        <CountChart
          title={t('bottlenecks.dashboard.byTechnology')}
          rows={technologyRows(dashboard.byTechnology, t('bottlenecks.dashboard.noTechnology'))}
        />
        <CountChart
          title={t('bottlenecks.dashboard.byStatus')}
          rows={statusRows(dashboard.byStatus, (status) => t(`bottlenecks.status.${status}`))}
        />
      </SimpleGrid>
      <Stack gap="xs" component="section" aria-labelledby="bottleneck-ranked-heading">
        <Title order={2} size="h4" id="bottleneck-ranked-heading">
          {t('bottlenecks.dashboard.ranked')}
        </Title>
        <RankedTable
          ranked={dashboard.ranked}
          caption={t('bottlenecks.dashboard.rankedNote', { count: Math.min(DASHBOARD_TOP, dashboard.ranked.length) })}
        />
      </Stack>
    </Stack>
  );
}
