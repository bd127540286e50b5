import type { Thread } from '@leernetwerk/shared';
import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PostForm } from './PostForm';
import { PostItem } from './PostItem';

/** The replies of a question, tip, lesson or mistake, and the form to add one. */
export function RepliesSection({ thread }: { thread: Thread }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {t('intervision.thread.replies')} ({thread.posts.length})
      </Title>
      {thread.posts.length === 0 ? (
        <Text>{t('intervision.thread.noReplies')}</Text>
      ) : (
        <Stack component="ol" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {thread.posts.map((post) => (
            <li key={post.id}>
              <PostItem post={post} technologyId={thread.technologyId} />
            </li>
          ))}
        </Stack>
      )}
      <PostForm
        threadId={thread.id}
        step={null}
        label={t('intervision.thread.replyLabel')}
        submitLabel={t('intervision.thread.replySubmit')}
      />
    </Stack>
  );
}
