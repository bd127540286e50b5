import { INTERVISION_LIMITS, type Thread } from '@leernetwerk/shared';
import { Alert, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { EditTitledTextForm } from '../ownership/EditTitledTextForm';
import { WrittenAt } from '../ownership/WrittenAt';
import { AuthorLine } from './AuthorLine';
import { HelpfulButton } from './HelpfulButton';
import { KindBadge } from './KindBadge';
import { ModerateButton } from './ModerateButton';
import { PromoteButton } from './PromoteButton';
import { ReportItemButton } from './ReportItemButton';
import { ThreadMeta } from './ThreadMeta';
import { ThreadOwnerControls } from './ThreadOwnerControls';
import { useFollowThread } from './useFollowThread';
import { useOwnThread } from './useOwnItem';
import { useThreadHelpful } from './useThreadHelpful';

/** The thread's title and opening post, with helpful, follow, report and (tips, lessons) promote. */
export function ThreadOpening({ thread }: { thread: Thread }) {
  const { t } = useTranslation();
  const helpful = useThreadHelpful(thread.id);
  const follow = useFollowThread(thread.id);
  const target = { kind: 'thread', id: thread.id } as const;
  const promotable = thread.kind === 'tip' || thread.kind === 'lesson';
  const own = useOwnThread(thread);
  const [editing, setEditing] = useState(false);
  const deleted = thread.deletedAt !== null;
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <KindBadge kind={thread.kind} />
      </Group>
      <Title order={1}>{deleted ? t('ownership.deletedByWriter') : thread.title}</Title>
      <ThreadMeta thread={thread} />
      <AuthorLine author={thread.author} />
      <WrittenAt createdAt={thread.createdAt} item={thread} />
      {editing ? (
        <EditTitledTextForm
          initialTitle={thread.title}
          initialText={thread.body}
          textField="body"
          textLabel={t('ownership.editLabel')}
          limits={{ titleMax: INTERVISION_LIMITS.titleMax, textMax: INTERVISION_LIMITS.bodyMax }}
          pending={own.edit.isPending}
          error={own.edit.error}
          onCancel={() => {
            own.edit.reset();
            setEditing(false);
          }}
          onSave={({ title, text, confirmPersonalData }, { onError }) =>
            own.edit.mutate({ title, body: text, confirmPersonalData }, { onSuccess: () => setEditing(false), onError })
          }
        />
      ) : (
        thread.kind !== 'case' &&
        !deleted && (
          <Paper withBorder p="md">
            <Text style={{ whiteSpace: 'pre-wrap' }}>{thread.body}</Text>
          </Paper>
        )
      )}
      <ThreadOwnerControls thread={thread} own={own} editing={editing} onEdit={() => setEditing(true)} />
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
