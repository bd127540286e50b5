import type { ModerationMode, Statement } from '@leernetwerk/shared';
import { Stack, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ReplyForm } from './ReplyForm';
import { ReplyList } from './ReplyList';

interface RepliesSectionProps {
  conversationId: string;
  statement: Statement;
  moderation: ModerationMode;
  moderator: boolean;
  open: boolean;
}

/** Arguments for and against, and questions, under the current statement. */
export function RepliesSection({ conversationId, statement, moderation, moderator, open }: RepliesSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} id={headingId}>
        {t('statements.replies.heading', { count: statement.replies.length })}
      </Title>
      <ReplyList conversationId={conversationId} replies={statement.replies} moderation={moderation} canReport={open} />
      {open && (
        <ReplyForm
          key={statement.id}
          conversationId={conversationId}
          statementId={statement.id}
          moderator={moderator}
        />
      )}
    </Stack>
  );
}
