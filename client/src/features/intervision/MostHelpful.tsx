import type { ThreadSummary } from '@leernetwerk/shared';
import { Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { HelpfulPostItem } from './HelpfulPostItem';
import { mostHelpful, threadsWithReplies } from './mostHelpful';
import { QueryState } from './QueryState';
import { ThreadSummaryItem } from './ThreadSummaryItem';
import { useThreadDetails } from './useThreadDetails';

function FrontRunners({ threads }: { threads: ThreadSummary[] }) {
  const { t } = useTranslation();
  const ids = useMemo(() => threadsWithReplies(threads).map((thread) => thread.id), [threads]);
  const details = useThreadDetails(ids);
  const items = mostHelpful(threads, details);
  if (items.length === 0) return <Text>{t('intervision.mostHelpful.empty')}</Text>;
  return (
    <>
      <Text size="sm">{t('intervision.mostHelpful.intro')}</Text>
      <Stack component="ol" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((item) => (
          <li key={item.kind === 'post' ? item.post.id : item.thread.id}>
            {item.kind === 'post' ? (
              <HelpfulPostItem post={item.post} thread={item.thread} />
            ) : (
              <ThreadSummaryItem thread={item.thread} />
            )}
          </li>
        ))}
      </Stack>
    </>
  );
}

/** "Meest behulpzaam": what others found most helpful, as an invitation, not a ranking of people. */
export function MostHelpful({ query }: { query: UseQueryResult<ThreadSummary[]> }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {t('intervision.mostHelpful.heading')}
      </Title>
      <QueryState query={query}>{(threads) => <FrontRunners threads={threads} />}</QueryState>
    </Stack>
  );
}
