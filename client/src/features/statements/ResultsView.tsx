import { formatNetworkTime, Role, type ConversationDetail } from '@leernetwerk/shared';
import { Alert, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';
import { PageLoader } from '../../ui/PageLoader';
import { DownloadButtons } from './DownloadButtons';
import { OpinionGroupsSection } from './OpinionGroupsSection';
import { OpinionShiftTable } from './OpinionShiftTable';
import { StatementRankList } from './StatementRankList';
import { TalliesTable } from './TalliesTable';
import { statementTexts } from './resultsFormat';
import { useConversationResults } from './useConversationResults';

interface ResultsViewProps {
  detail: ConversationDetail;
  moderator: boolean;
}

/** Tallies, opinion groups, common ground, divisive statements and opinion shift; updated live. */
export function ResultsView({ detail, moderator }: ResultsViewProps) {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const results = useConversationResults(detail.id);
  const talliesHeadingId = useId();
  const canExportCsv = moderator || user.roles.includes(Role.Coordinator);

  if (results.isPending) return <PageLoader />;
  if (results.isError) {
    return (
      <Alert color="red" role="alert">
        {errorMessage(t, results.error)}
      </Alert>
    );
  }
  const data = results.data;
  const textOf = statementTexts(detail);
  const computedAt = formatNetworkTime(data.computedAt, i18n.language, 'time');
  const allVoters = data.commonGroundBasis === 'all-voters';
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <VisuallyHidden component="h2">{t('statements.tabs.results')}</VisuallyHidden>
        <Text fw={600}>{t('statements.results.voters', { count: data.voterCount })}</Text>
        <Text size="sm" c="dimmed">
          {t('statements.results.computedAt', { time: computedAt })}
        </Text>
        <DownloadButtons conversationId={detail.id} canExportCsv={canExportCsv} />
      </Stack>
      <Stack component="section" aria-labelledby={talliesHeadingId} gap="xs">
        <Title order={3} id={talliesHeadingId}>
          {t('statements.results.talliesHeading')}
        </Title>
        <TalliesTable tallies={data.tallies} textOf={textOf} />
      </Stack>
      <OpinionGroupsSection results={data} textOf={textOf} />
      <StatementRankList
        title={t('statements.results.commonGroundHeading')}
        intro={t(allVoters ? 'statements.results.commonGroundIntroAll' : 'statements.results.commonGroundIntro')}
        empty={t('statements.results.commonGroundNone')}
        items={data.commonGround}
        allVoters={allVoters}
        textOf={textOf}
      />
      <StatementRankList
        title={t('statements.results.divisiveHeading')}
        intro={t('statements.results.divisiveIntro')}
        empty={t('statements.results.divisiveNone')}
        items={data.divisive}
        allVoters={allVoters}
        textOf={textOf}
      />
      <OpinionShiftTable shift={data.shift} textOf={textOf} />
    </Stack>
  );
}
