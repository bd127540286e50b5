import { proposeReplyRequestSchema, REPLY_MAX_LENGTH, type ReplyKind } from '@leernetwerk/shared';
import { Alert, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useAddReply } from './useAddReply';
import { SubmitButton } from '../../ui/SubmitButton';

const KINDS: readonly ReplyKind[] = ['for', 'against', 'question'];

interface ReplyFormProps {
  conversationId: string;
  statementId: string;
  moderator: boolean;
}

/** Adds an argument for, against, or a question under a statement. */
export function ReplyForm({ conversationId, statementId, moderator }: ReplyFormProps) {
  const { t } = useTranslation();
  const kindLabelId = useId();
  const [kind, setKind] = useState<ReplyKind>('for');
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const addReply = useAddReply(conversationId, statementId, moderator);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = proposeReplyRequestSchema.safeParse({ kind, text });
    if (!parsed.success) return setFieldError(t('statements.replies.tooShort'));
    setFieldError(undefined);
    addReply.submit(parsed.data, { onSuccess: () => setText('') });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Text id={kindLabelId} size="sm" fw={500}>
          {t('statements.replies.kindLabel')}
        </Text>
        <SegmentedControl
          aria-labelledby={kindLabelId}
          value={kind}
          onChange={(value) => setKind(value as ReplyKind)}
          data={KINDS.map((value) => ({ value, label: t(`statements.replies.kinds.${value}`) }))}
          style={{ alignSelf: 'flex-start' }}
        />
        <Textarea
          label={t('statements.replies.text')}
          description={t('statements.charactersLeft', { count: REPLY_MAX_LENGTH - text.length })}
          value={text}
          maxLength={REPLY_MAX_LENGTH}
          autosize
          minRows={2}
          onChange={(event) => {
            setText(event.currentTarget.value);
            addReply.reset();
          }}
          error={fieldError}
          errorProps={{ role: 'alert' }}
        />
        {addReply.error !== null && (
          <Alert color="red" role="alert">
            {errorMessage(t, addReply.error)}
          </Alert>
        )}
        {addReply.succeeded && addReply.data && (
          <Text size="sm" role="status">
            {t(addReply.data.status === 'published' ? 'statements.replies.posted' : 'statements.replies.waiting')}
          </Text>
        )}
        <Group>
          <SubmitButton pending={addReply.pending} variant="default">
            {t('statements.replies.submit')}
          </SubmitButton>
        </Group>
      </Stack>
    </form>
  );
}
