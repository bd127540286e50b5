import type { MeetingAction } from '@leernetwerk/shared';
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActionStatusBadge } from './ActionStatusBadge';
import { ActionStatusSelect } from './ActionStatusSelect';
import { DeleteActionButton } from './DeleteActionButton';
import { DueDate } from './DueDate';

interface ActionItemProps {
  action: MeetingAction;
  canChangeStatus: boolean;
  /** The meeting's managers may delete it. */
  canDelete?: boolean;
}

/** One action of a meeting: what, who, when, its status and the bottleneck it works on. */
export function ActionItem({ action, canChangeStatus, canDelete = false }: ActionItemProps) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{action.text}</Text>
          <Text size="sm" c="dimmed">
            {t('meetings.actions.owner', { name: action.ownerName })}
          </Text>
          <DueDate action={action} />
          {action.bottleneckId && (
            <Anchor component={Link} to={`/knelpunten/${action.bottleneckId}`} size="sm">
              {t('meetings.actions.bottleneck', { title: action.bottleneckTitle ?? '' })}
            </Anchor>
          )}
        </Stack>
        <Stack gap={4} align="flex-end">
          {canChangeStatus ? <ActionStatusSelect action={action} /> : <ActionStatusBadge status={action.status} />}
          {canDelete && <DeleteActionButton action={action} />}
        </Stack>
      </Group>
    </Paper>
  );
}
