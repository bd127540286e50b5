import type { ModerationMode, Reply } from '@leernetwerk/shared';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ReportButton } from './ReportButton';
import { StatusBadge } from './StatusBadge';

export const REPLY_COLOUR: Record<Reply['kind'], string> = { for: 'green.9', against: 'red.9', question: 'blue.8' };

interface ReplyListProps {
  conversationId: string;
  replies: Reply[];
  moderation: ModerationMode;
  canReport: boolean;
}

export function ReplyList({ conversationId, replies, moderation, canReport }: ReplyListProps) {
  const { t } = useTranslation();
  if (replies.length === 0) return <Text c="dimmed">{t('statements.replies.none')}</Text>;
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {replies.map((reply) => (
        <Paper component="li" key={reply.id} withBorder p="sm">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Group gap="xs">
                <Badge color={REPLY_COLOUR[reply.kind]} variant="light">
                  {t(`statements.replies.kinds.${reply.kind}`)}
                </Badge>
                <StatusBadge status={reply.status} />
              </Group>
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{reply.text}</Text>
            </Stack>
            {canReport && !reply.mine && reply.status === 'published' && (
              <ReportButton
                conversationId={conversationId}
                target={{ kind: 'reply', id: reply.id }}
                moderation={moderation}
              />
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
