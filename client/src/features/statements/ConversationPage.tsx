import { Alert, Anchor, Badge, Group, Stack, Tabs, Text, Title, VisuallyHidden } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { errorMessage } from '../../lib/api/errorMessage';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';
import { PageLoader } from '../../ui/PageLoader';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { canFacilitate } from './canFacilitate';
import { ConversationNotices } from './ConversationNotices';
import { ModerationView } from './ModerationView';
import { ResultsView } from './ResultsView';
import { useConversation } from './useConversation';
import { useConversationLive, type LiveNotice } from './useConversationLive';
import { VotingView } from './VotingView';

const TABS = ['stemmen', 'resultaten', 'moderatie'] as const;
type TabName = (typeof TABS)[number];

function isTab(value: string | null): value is TabName {
  return TABS.some((tab) => tab === value);
}

/** One conversation: voting, results and (for facilitators) moderation, kept up to date live. */
export function ConversationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const moderator = canFacilitate(user);
  const detail = useConversation(id);
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('tab');
  const tab: TabName = isTab(requested) && (requested !== 'moderatie' || moderator) ? requested : 'stemmen';
  const [announcement, setAnnouncement] = useState('');
  const onNotice = useCallback((notice: LiveNotice) => setAnnouncement(t(`statements.notices.${notice.kind}`)), [t]);
  const joinError = useConversationLive(id, { moderator, onNotice });
  useDocumentTitle(detail.data?.title ?? t('statements.title'));

  const showTab = useCallback(
    (next: string | null) => {
      if (isTab(next)) setSearchParams(next === 'stemmen' ? {} : { tab: next }, { replace: true });
    },
    [setSearchParams],
  );

  if (detail.isPending) return <PageLoader />;
  if (detail.isError) {
    return (
      <Stack gap="md">
        <Alert color="red" role="alert">
          {errorMessage(t, detail.error)}
        </Alert>
        <Anchor component={Link} to="/stellingen">
          {t('statements.back')}
        </Anchor>
      </Stack>
    );
  }
  const conversation = detail.data;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/stellingen" size="sm">
        {t('statements.back')}
      </Anchor>
      <Stack gap="xs">
        <Group gap="sm" align="center">
          <Title order={1}>{conversation.title}</Title>
          <Badge variant="outline" color={conversation.status === 'open' ? 'green.9' : 'gray.8'}>
            {t(`statements.conversationStatus.${conversation.status}`)}
          </Badge>
        </Group>
        {conversation.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{conversation.description}</Text>}
      </Stack>
      <ConversationNotices conversation={conversation} joinError={joinError} />
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
      <Tabs value={tab} onChange={showTab} keepMounted={false}>
        <Tabs.List aria-label={t('statements.tabs.label')} mb="lg">
          <Tabs.Tab value="stemmen">{t('statements.tabs.vote')}</Tabs.Tab>
          <Tabs.Tab value="resultaten">{t('statements.tabs.results')}</Tabs.Tab>
          {moderator && <Tabs.Tab value="moderatie">{t('statements.tabs.moderation')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="stemmen">
          <VotingView
            key={`${conversation.id}:${conversation.votingPhase}`}
            detail={conversation}
            moderator={moderator}
            onShowResults={() => showTab('resultaten')}
          />
        </Tabs.Panel>
        <Tabs.Panel value="resultaten">
          <ResultsView detail={conversation} moderator={moderator} />
        </Tabs.Panel>
        {moderator && (
          <Tabs.Panel value="moderatie">
            <ModerationView detail={conversation} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
