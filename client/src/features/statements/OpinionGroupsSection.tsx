import { OPINION_GROUP_THRESHOLDS, votesNeededPerVoter, type ConversationResults } from '@leernetwerk/shared';
import { Alert, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { OpinionGroupsChart } from './OpinionGroupsChart';
import { OpinionGroupsTable } from './OpinionGroupsTable';

interface OpinionGroupsSectionProps {
  results: ConversationResults;
  textOf: (statementId: string) => string;
}

/** Opinion groups as a chart and as a table, or why they are not shown yet. */
export function OpinionGroupsSection({ results, textOf }: OpinionGroupsSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { groups, groupsWithheldReason } = results;
  // The same counts the server gates on: the statements that have votes, as in the analysis.
  const statementCount = results.tallies.length;
  const votes = votesNeededPerVoter(statementCount);
  const thresholdValues = {
    statements: OPINION_GROUP_THRESHOLDS.minStatements,
    voters: OPINION_GROUP_THRESHOLDS.minVoters,
    votes,
    groupSize: OPINION_GROUP_THRESHOLDS.minGroupSize,
  };
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} id={headingId}>
        {t('statements.results.groupsHeading')}
      </Title>
      <Text>{t('statements.results.groupsIntro')}</Text>
      {groups && groups.length > 0 ? (
        <>
          <OpinionGroupsChart projection={results.projection} groups={groups} />
          <OpinionGroupsTable groups={groups} textOf={textOf} />
        </>
      ) : (
        <Alert color="gray" variant="light" title={t('statements.results.groupsWithheldTitle')}>
          <Text size="sm">{t(`statements.results.withheld.${groupsWithheldReason ?? 'no-differences'}`)}</Text>
          <Text size="sm" mt="xs">
            {votes < OPINION_GROUP_THRESHOLDS.minVotesPerVoter
              ? t('statements.results.thresholdsAll', thresholdValues)
              : t('statements.results.thresholds', thresholdValues)}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}
