import { Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from './QueryState';
import { useAmbassadorQuestions } from './queries';
import { ThreadSummaryList } from './ThreadSummaryList';

/** "Vragen voor jou": open questions put to the technologies you are ambassador of. */
export function AmbassadorQuestions() {
  const { t } = useTranslation();
  const headingId = useId();
  const questions = useAmbassadorQuestions(true);
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" bg="grape.0">
      <Stack gap="sm">
        <Title order={2} id={headingId}>
          {t('intervision.forYou.heading')}
        </Title>
        <Text size="sm">{t('intervision.forYou.intro')}</Text>
        <QueryState query={questions}>
          {(threads) => <ThreadSummaryList threads={threads} empty={t('intervision.forYou.empty')} />}
        </QueryState>
      </Stack>
    </Paper>
  );
}
