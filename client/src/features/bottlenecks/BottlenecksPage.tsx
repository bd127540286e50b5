import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { QueryState } from '../intervision/QueryState';
import { BottleneckFilters } from './BottleneckFilters';
import { BottleneckList } from './BottleneckList';
import type { DeletedBottleneckState } from './DeletedBottleneckState';
import { choiceFromParams, choiceToFilter, choiceToParams } from './bottleneckFilters';
import { useBottlenecks } from './queries';
import { useBottlenecksLive } from './useBottlenecksLive';
import { useCanCoordinate } from './useCanCoordinate';

/** `/knelpunten`: the public register, most organisations affected first, kept live. */
export function BottlenecksPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const choice = choiceFromParams(params);
  const list = useBottlenecks(choiceToFilter(choice));
  const canCoordinate = useCanCoordinate();
  // Set by the bottleneck page after its reporter deleted it.
  const deleted = (useLocation().state as DeletedBottleneckState | null)?.deletedTitle;
  useDocumentTitle(t('bottlenecks.title'));
  useBottlenecksLive();

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('bottlenecks.title')}</Title>
        {deleted !== undefined && (
          <Alert color="green" role="status">
            {t('bottlenecks.ownership.deletedNotice', { title: deleted })}
          </Alert>
        )}
        <Text maw={760}>{t('bottlenecks.intro')}</Text>
        <Group gap="md">
          <Button component={Link} to="/knelpunten/nieuw">
            {t('bottlenecks.reportButton')}
          </Button>
          {canCoordinate && (
            <Anchor component={Link} to="/knelpunten/dashboard">
              {t('bottlenecks.dashboardLink')}
            </Anchor>
          )}
        </Group>
      </Stack>
      <Stack component="section" aria-labelledby="bottleneck-list-heading" gap="sm">
        <Title order={2} id="bottleneck-list-heading">
          {t('bottlenecks.list.heading')}
        </Title>
        <BottleneckFilters
          fields="register"
          choice={choice}
          onChange={(next) => setParams(choiceToParams(next), { replace: true })}
        />
        <QueryState query={list} height={200}>
          {(bottlenecks) => <BottleneckList key={params.toString()} bottlenecks={bottlenecks} />}
        </QueryState>
      </Stack>
    </Stack>
  );
}
