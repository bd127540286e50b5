import type { ThreadSummary } from '@leernetwerk/shared';
import { Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { mostHelpful } from './mostHelpful';
import { QueryState } from './QueryState';
import { ThreadSummaryList } from './ThreadSummaryList';

/** "Meest behulpzaam": the threads others found most helpful, as an invitation, not a ranking. */
export function MostHelpful({ query }: { query: UseQueryResult<ThreadSummary[]> }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {t('intervision.mostHelpful.heading')}
      </Title>
      <Text size="sm">{t('intervision.mostHelpful.intro')}</Text>
      <QueryState query={query}>
        {(threads) => <ThreadSummaryList threads={mostHelpful(threads)} empty={t('intervision.mostHelpful.empty')} />}
      </QueryState>
    </Stack>
  );
}
