import type { Thread } from '@leernetwerk/shared';
import { Alert, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { AuthorLine } from './AuthorLine';
import { HelpfulButton } from './HelpfulButton';
import { KindBadge } from './KindBadge';
import { ModerateButton } from './ModerateButton';
import { PromoteButton } from './PromoteButton';
import { ReportItemButton } from './ReportItemButton';
import { ThreadMeta } from './ThreadMeta';
import { useFollowThread } from './useFollowThread';
import { useThreadHelpful } from './useThreadHelpful';

/** The thread's title and opening post, with helpful, follow, report and (tips, lessons) promote. */
export function ThreadOpening({ thread }: { thread: Thread }) {
  const { t } = useTranslation();
  const helpful = useThreadHelpful(thread.id);
  const follow = useFollowThread(thread.id);
  const target = { kind: 'thread', id: thread.id } as const;
  const promotable = thread.kind === 'tip' || thread.kind === 'lesson';
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <KindBadge kind={thread.kind} />
      </Group>
      <Title order={1}>{thread.title}</Title>
      <ThreadMeta thread={thread} />
      <AuthorLine author={thread.author} />
      {thread.kind !== 'case' && (
        <Paper withBorder p="md">
          <Text style={{ whiteSpace: 'pre-wrap' }}>{thread.body}</Text>
        </Paper>
      )}
      <Group gap="sm" align="center">
        <HelpfulButton
          marked={thread.helpfulByMe}
          count={thread.helpfulCount}
          loading={helpful.isPending}
          onToggle={(value) => helpful.mutate(value)}
        />
        {promotable && <PromoteButton technologyId={thread.technologyId} target={target} />}
        <ReportItemButton threadId={thread.id} target={target} />
        <ModerateButton target={target} status={thread.status} />
        <Switch
          label={t('intervision.thread.follow')}
          description={t('intervision.thread.followHint')}
          checked={thread.following}
          disabled={follow.isPending}
          onChange={(event) => follow.mutate(event.currentTarget.checked)}
        />
      </Group>
      {(helpful.isError || follow.isError) && (
        <Alert color="red" role="alert">
          {errorMessage(t, helpful.error ?? follow.error)}
        </Alert>
      )}
    </Stack>
  );
}
