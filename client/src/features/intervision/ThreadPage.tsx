import { Alert, Anchor, Stack, VisuallyHidden } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { CaseSteps } from './CaseSteps';
import { QueryState } from './QueryState';
import { useTechnologyOverview, useThread } from './queries';
import { RepliesSection } from './RepliesSection';
import { ThreadOpening } from './ThreadOpening';
import { useThreadLive } from './useThreadLive';

function BackLink({ technologyId }: { technologyId: string }) {
  const { t } = useTranslation();
  const overview = useTechnologyOverview(technologyId);
  return (
    <Anchor component={Link} to={`/intervisie/${technologyId}`}>
      ← {overview.data ? t('intervision.thread.backTo', { name: overview.data.name }) : t('intervision.back')}
    </Anchor>
  );
}

/** `/intervisie/draad/:threadId`: a thread with its replies (or case steps), arriving live. */
export function ThreadPage() {
  const { t } = useTranslation();
  const { threadId = '' } = useParams();
  const thread = useThread(threadId);
  const [announcement, setAnnouncement] = useState('');
  const onReply = useCallback(() => setAnnouncement(t('intervision.thread.newReply')), [t]);
  const joinError = useThreadLive(threadId, onReply);
  useDocumentTitle(thread.data?.title ?? t('intervision.title'));

  return (
    <Stack gap="lg" maw={860}>
      {thread.data ? (
        <BackLink technologyId={thread.data.technologyId} />
      ) : (
        <Anchor component={Link} to="/intervisie">
          ← {t('intervision.back')}
        </Anchor>
      )}
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
      {joinError && (
        <Alert color="orange.9" role="alert">
          {t('intervision.thread.liveError')}
        </Alert>
      )}
      <QueryState query={thread} height={240}>
        {(data) => (
          <Stack gap="xl">
            <ThreadOpening thread={data} />
            {data.kind === 'case' ? <CaseSteps thread={data} /> : <RepliesSection thread={data} />}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
