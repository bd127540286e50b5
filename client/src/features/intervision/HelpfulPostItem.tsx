import type { Post, ThreadSummary } from '@leernetwerk/shared';
import { Anchor, Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AuthorLine } from './AuthorLine';

/** A reply among the front-runners: an excerpt, who wrote it, and the way to its thread. */
export function HelpfulPostItem({ post, thread }: { post: Post; thread: ThreadSummary }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" component="article">
      <Stack gap={6}>
        <Anchor component={Link} to={`/intervisie/draad/${thread.id}`} fw={600}>
          {t('intervision.mostHelpful.replyIn', { title: thread.title })}
        </Anchor>
        <Text lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>
          {post.body}
        </Text>
        <AuthorLine author={post.author} />
        <Text size="sm" c="dimmed">
          {t('intervision.meta.helpful', { count: post.helpfulCount })}
        </Text>
      </Stack>
    </Card>
  );
}
