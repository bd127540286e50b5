import type { Post } from '@leernetwerk/shared';
import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuthorLine } from './AuthorLine';
import { HelpfulButton } from './HelpfulButton';
import { ModerateButton } from './ModerateButton';
import { PromoteButton } from './PromoteButton';
import { ReportItemButton } from './ReportItemButton';
import { usePostHelpful } from './usePostHelpful';

interface PostItemProps {
  post: Post;
  technologyId: string;
}

/** One reply: who, the text (as plain text), and what you can do with it. Ambassador answers stand out. */
export function PostItem({ post, technologyId }: PostItemProps) {
  const { t } = useTranslation();
  const helpful = usePostHelpful(post.threadId, post.id);
  const target = { kind: 'post', id: post.id } as const;
  return (
    <Card
      withBorder
      padding="sm"
      component="article"
      aria-label={t('intervision.thread.postBy', { name: post.author.name })}
      style={post.author.ambassador ? { borderLeft: '4px solid var(--mantine-color-grape-8)' } : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <AuthorLine author={post.author} />
          {post.status === 'hidden' && (
            <Badge size="sm" color="gray.8" variant="outline">
              {t('intervision.meta.hidden')}
            </Badge>
          )}
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{post.body}</Text>
        <Group gap="xs">
          <HelpfulButton
            marked={post.helpfulByMe}
            count={post.helpfulCount}
            loading={helpful.isPending}
            onToggle={(value) => helpful.mutate(value)}
          />
          <PromoteButton technologyId={technologyId} target={target} />
          <ReportItemButton threadId={post.threadId} target={target} />
          <ModerateButton target={target} status={post.status} />
        </Group>
      </Stack>
    </Card>
  );
}
