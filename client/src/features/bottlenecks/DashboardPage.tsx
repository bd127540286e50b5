import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { QueryState } from '../intervision/QueryState';
import { BottleneckFilters } from './BottleneckFilters';
import { choiceFromParams, choiceToFilter, choiceToParams } from './bottleneckFilters';
import { DashboardView } from './DashboardView';
import { ExportCsvButton } from './ExportCsvButton';
import { useBottleneckDashboard } from './queries';
import { useBottlenecksLive } from './useBottlenecksLive';
import { useCanCoordinate } from './useCanCoordinate';

/** `/knelpunten/dashboard`: for facilitators and coordinators; only the top and counts are fetched. */
export function DashboardPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const canCoordinate = useCanCoordinate();
  const choice = choiceFromParams(params);
  const filter = choiceToFilter({ ...choice, scope: '' });
  const dashboard = useBottleneckDashboard(filter, canCoordinate);
  useDocumentTitle(t('bottlenecks.dashboard.title'));
  useBottlenecksLive();

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/knelpunten">
        ← {t('bottlenecks.back')}
      </Anchor>
      <Stack gap="xs">
        <Title order={1}>{t('bottlenecks.dashboard.title')}</Title>
        {canCoordinate && <Text maw={760}>{t('bottlenecks.dashboard.intro')}</Text>}
      </Stack>
      {canCoordinate ? (
        <>
          <Group justify="space-between" align="flex-end">
            <BottleneckFilters
              fields="dashboard"
              choice={choice}
              onChange={(next) => setParams(choiceToParams(next), { replace: true })}
            />
            <ExportCsvButton filter={filter} />
          </Group>
          <QueryState query={dashboard} height={320}>
            {(data) => <DashboardView dashboard={data} />}
          </QueryState>
        </>
      ) : (
        <Alert color="blue">{t('bottlenecks.dashboard.notAllowed')}</Alert>
      )}
    </Stack>
  );
}
