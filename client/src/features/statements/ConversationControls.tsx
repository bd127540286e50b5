import type { Conversation, ModerationMode, VotePhase } from '@leernetwerk/shared';
import { Alert, Button, Group, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useUpdateConversation } from './useUpdateConversation';

/** Facilitator controls: open or close, moderation mode, proposals, and the voting phase. */
export function ConversationControls({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const headingId = useId();
  const moderationLabelId = useId();
  const phaseLabelId = useId();
  const update = useUpdateConversation(conversation.id);
  const closed = conversation.status === 'closed';
  return (
    <Stack component="section" aria-labelledby={headingId} gap="md">
      <Title order={3} id={headingId}>
        {t('statements.moderation.controlsHeading')}
      </Title>
      {update.isError && (
        <Alert color="red" role="alert">
          {errorMessage(t, update.error)}
        </Alert>
      )}
      <Group gap="sm">
        <Button
          variant={closed ? 'filled' : 'default'}
          loading={update.isPending && update.variables.status !== undefined}
          onClick={() => update.mutate({ status: closed ? 'open' : 'closed' })}
        >
          {t(closed ? 'statements.moderation.open' : 'statements.moderation.close')}
        </Button>
      </Group>
      <Stack gap={4}>
        <Text id={moderationLabelId} fw={500} size="sm">
          {t('statements.create.moderation')}
        </Text>
        <SegmentedControl
          aria-labelledby={moderationLabelId}
          value={conversation.moderation}
          onChange={(value) => update.mutate({ moderation: value as ModerationMode })}
          data={[
            { value: 'strict', label: t('statements.moderation.strict') },
            { value: 'permissive', label: t('statements.moderation.permissive') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
      <Switch
        label={t('statements.create.allowProposals')}
        checked={conversation.allowProposals}
        onChange={(event) => update.mutate({ allowProposals: event.currentTarget.checked })}
      />
      <Stack gap={4}>
        <Text id={phaseLabelId} fw={500} size="sm">
          {t('statements.moderation.phase')}
        </Text>
        <SegmentedControl
          aria-labelledby={phaseLabelId}
          value={conversation.votingPhase}
          onChange={(value) => update.mutate({ votingPhase: value as VotePhase })}
          data={[
            { value: 'before', label: t('statements.moderation.phaseBefore') },
            { value: 'after', label: t('statements.moderation.phaseAfter') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
        <Text size="sm" c="dimmed">
          {t('statements.moderation.phaseHint')}
        </Text>
      </Stack>
    </Stack>
  );
}
