import type { ConversationDetail } from '@leernetwerk/shared';
import { Alert, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { ConversationControls } from './ConversationControls';
import { ModerationList } from './ModerationList';
import type { QueueItem } from './ModerationItem';
import { useConversation } from './useConversation';
import { useModerate } from './useModerate';

const MODERATION_POLL_MS = 60_000;

/** Every statement and reply as a moderation item. */
function itemsOf(detail: ConversationDetail): QueueItem[] {
  return detail.statements.flatMap((statement) => [
    { target: 'statement' as const, ...statement },
    ...statement.replies.map((reply) => ({ target: 'reply' as const, ...reply, context: statement.text })),
  ]);
}

/** Facilitators: what waits for a decision (unpublished or reported), what is hidden, and the controls. */
export function ModerationView({ detail }: { detail: ConversationDetail }) {
  const { t } = useTranslation();
  const moderate = useModerate(detail.id);
  // `moderation:waiting` tells us live when something waits; looking now and then covers a missed message.
  const polled = useConversation(detail.id, MODERATION_POLL_MS);
  const items = itemsOf(detail);
  const queue = items.filter((item) => item.status === 'pending' || item.reports > 0);
  const hidden = items.filter((item) => item.status === 'hidden' && item.reports === 0);
  return (
    <Stack gap="xl">
      <Group justify="space-between" align="center">
        <VisuallyHidden component="h2">{t('statements.tabs.moderation')}</VisuallyHidden>
        <Text size="sm" c="dimmed">
          {t('statements.moderation.refreshHint')}
        </Text>
        <Button variant="default" size="sm" loading={polled.isFetching} onClick={() => void polled.refetch()}>
          {t('statements.moderation.refresh')}
        </Button>
      </Group>
      {moderate.isError && (
        <Alert color="red" role="alert">
          {errorMessage(t, moderate.error)}
        </Alert>
      )}
      <ModerationList
        title={t('statements.moderation.queueHeading', { count: queue.length })}
        items={queue}
        busy={moderate.isPending}
        onDecide={(decision) => moderate.mutate(decision)}
        empty={<Text c="dimmed">{t('statements.moderation.queueEmpty')}</Text>}
      />
      {hidden.length > 0 && (
        <ModerationList
          title={t('statements.moderation.hiddenHeading', { count: hidden.length })}
          items={hidden}
          busy={moderate.isPending}
          onDecide={(decision) => moderate.mutate(decision)}
        />
      )}
      <ConversationControls conversation={detail} />
    </Stack>
  );
}
