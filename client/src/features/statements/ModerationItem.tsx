import type { StatementStatus } from '@leernetwerk/shared';
import { Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from './StatusBadge';
import type { ModerationDecision } from './useModerate';

export interface QueueItem {
  target: ModerationDecision['target'];
  id: string;
  text: string;
  status: StatementStatus;
  reports: number;
  reportReasons: string[];
  /** For replies: the statement they answer. */
  context?: string;
}

interface ModerationItemProps {
  item: QueueItem;
  busy: boolean;
  onDecide: (decision: ModerationDecision) => void;
}

export function ModerationItem({ item, busy, onDecide }: ModerationItemProps) {
  const { t } = useTranslation();
  const kind = t(item.target === 'statement' ? 'statements.moderation.statement' : 'statements.moderation.reply');
  return (
    <Paper component="li" withBorder p="md">
      <Stack gap="xs">
        <Group gap="xs">
          <Badge variant="light" color="gray.8">
            {kind}
          </Badge>
          <StatusBadge status={item.status} />
          {item.reports > 0 && (
            <Badge variant="outline" color="red.9">
              {t('statements.moderation.reports', { count: item.reports })}
            </Badge>
          )}
        </Group>
        {item.context && (
          <Text size="sm" c="dimmed">
            {t('statements.moderation.replyTo', { statement: item.context })}
          </Text>
        )}
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{item.text}</Text>
        {item.reportReasons.length > 0 && (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('statements.moderation.reasons')}
            </Text>
            <List size="sm">
              {item.reportReasons.map((reason, index) => (
                <List.Item key={index}>{reason}</List.Item>
              ))}
            </List>
          </Stack>
        )}
        <Group gap="sm">
          <Button
            size="sm"
            color="green.9"
            disabled={busy}
            onClick={() => onDecide({ target: item.target, id: item.id, action: 'publish' })}
            aria-label={t('statements.moderation.publishLabel', { kind, text: item.text.slice(0, 60) })}
          >
            {t('statements.moderation.publish')}
          </Button>
          {item.status !== 'hidden' && (
            <Button
              size="sm"
              variant="default"
              disabled={busy}
              onClick={() => onDecide({ target: item.target, id: item.id, action: 'hide' })}
              aria-label={t('statements.moderation.hideLabel', { kind, text: item.text.slice(0, 60) })}
            >
              {t('statements.moderation.hide')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
