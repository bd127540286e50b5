import type { Post } from '@leernetwerk/shared';
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';
import { DeleteOwnButton } from '../ownership/DeleteOwnButton';
import { EditTextForm } from '../ownership/EditTextForm';
import { HistoryButton } from '../ownership/HistoryButton';
import { RemovePersonalDataButton } from '../ownership/RemovePersonalDataButton';
import { WrittenAt } from '../ownership/WrittenAt';
import { AuthorLine } from './AuthorLine';
import { HelpfulButton } from './HelpfulButton';
import { intervisionKeys } from './intervisionApi';
import { ModerateButton } from './ModerateButton';
import { PromoteButton } from './PromoteButton';
import { ReportItemButton } from './ReportItemButton';
import { useOwnPost } from './useOwnItem';
import { usePostHelpful } from './usePostHelpful';

interface PostItemProps {
  post: Post;
  technologyId: string;
}

/** One reply: who, when, the text (as plain text), and what you can do with it. Ambassador answers stand out. */
export function PostItem({ post, technologyId }: PostItemProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const helpful = usePostHelpful(post.threadId, post.id);
  const own = useOwnPost(post);
  const [editing, setEditing] = useState(false);
  const target = { kind: 'post', id: post.id } as const;
  const mine = post.author.id === user.id;
  const deleted = post.deletedAt !== null;
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
          <Stack gap={0}>
            <AuthorLine author={post.author} />
            <WrittenAt createdAt={post.createdAt} item={post} />
          </Stack>
          {post.status === 'hidden' && (
            <Badge size="sm" color="gray.8" variant="outline">
              {t('intervision.meta.hidden')}
            </Badge>
          )}
        </Group>
        {deleted ? (
          <Text fs="italic" c="gray.8">
            {t('ownership.deletedByWriter')}
          </Text>
        ) : editing ? (
          <EditTextForm
            initial={post.body}
            pending={own.edit.isPending}
            error={own.edit.error}
            onCancel={() => {
              own.edit.reset();
              setEditing(false);
            }}
            onSave={(change, { onError }) => own.edit.mutate(change, { onSuccess: () => setEditing(false), onError })}
          />
        ) : (
          <Text style={{ whiteSpace: 'pre-wrap' }}>{post.body}</Text>
        )}
        <Group gap="xs">
          {!deleted && (
            <>
              <HelpfulButton
                marked={post.helpfulByMe}
                count={post.helpfulCount}
                loading={helpful.isPending}
                onToggle={(value) => helpful.mutate(value)}
              />
              <PromoteButton technologyId={technologyId} target={target} />
              <ReportItemButton threadId={post.threadId} target={target} />
              <ModerateButton target={target} status={post.status} />
            </>
          )}
          {mine && !deleted && !editing && (
            <Button variant="subtle" color="gray.8" size="compact-sm" onClick={() => setEditing(true)}>
              {t('ownership.edit')}
            </Button>
          )}
          {mine && !deleted && (
            <DeleteOwnButton
              onDelete={() => own.remove.mutate()}
              pending={own.remove.isPending}
              error={own.remove.error}
            />
          )}
          <RemovePersonalDataButton
            item={target}
            text={post.body}
            onDone={() => void queryClient.invalidateQueries({ queryKey: intervisionKeys.thread(post.threadId) })}
          />
          <HistoryButton item={target} />
        </Group>
      </Stack>
    </Card>
  );
}
