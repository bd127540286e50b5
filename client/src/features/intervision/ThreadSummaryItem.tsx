import type { ThreadSummary } from '@leernetwerk/shared';
import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuthorLine } from './AuthorLine';
import { KindBadge } from './KindBadge';
import { ThreadMeta } from './ThreadMeta';

/** One thread in a list: its title as the link, then who, what and how much response. */
export function ThreadSummaryItem({ thread }: { thread: ThreadSummary }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" component="article">
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <KindBadge kind={thread.kind} />
          <Anchor component={Link} to={`/intervisie/draad/${thread.id}`} fw={600}>
            {thread.deletedAt ? t('ownership.deletedByWriter') : thread.title}
          </Anchor>
        </Group>
        <ThreadMeta thread={thread} />
        <Group gap="md" wrap="wrap" justify="space-between">
          <AuthorLine author={thread.author} />
          <Text size="sm" c="dimmed">
            {t('intervision.meta.replies', { count: thread.replyCount })} ·{' '}
            {t('intervision.meta.helpful', { count: thread.helpfulCount })}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
