import { proposeReplyRequestSchema, REPLY_MAX_LENGTH, type ReplyKind } from '@leernetwerk/shared';
import { Alert, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { SubmitButton } from '../../ui/SubmitButton';
import { ConfirmWorkContact } from '../privacy/ConfirmWorkContact';
import { useAddReply } from './useAddReply';
import { useGuardedFieldErrors } from './useGuardedFieldErrors';

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
  const addReply = useAddReply(conversationId, statementId, moderator);
  const { formRef, errors, clear, privacy, showInvalid, clearAll, showServerError, unplaced } = useGuardedFieldErrors(
    addReply.error,
    { text: t('statements.replies.tooShort') },
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = proposeReplyRequestSchema.safeParse({ kind, text, ...privacy.confirmation });
    if (!parsed.success) return showInvalid(parsed.error.issues);
    clearAll();
    addReply.submit(parsed.data, {
      onSuccess: () => {
        setText('');
        privacy.setConfirmed(false);
      },
      onError: showServerError,
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
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
          name="text"
          label={t('statements.replies.text')}
          description={t('statements.charactersLeft', { count: REPLY_MAX_LENGTH - text.length })}
          value={text}
          maxLength={REPLY_MAX_LENGTH}
          autosize
          minRows={2}
          onChange={(event) => {
            setText(event.currentTarget.value);
            clear('text');
            // The note about the last reply does not belong to the one being written now.
            if (addReply.succeeded) addReply.reset();
          }}
          error={errors.text}
          errorProps={{ role: 'alert' }}
        />
        <ConfirmWorkContact refusal={privacy.refusal} checked={privacy.confirmed} onChange={privacy.setConfirmed} />
        {unplaced && (
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
