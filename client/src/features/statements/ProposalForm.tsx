import { proposeStatementRequestSchema, STATEMENT_MAX_LENGTH, type Conversation } from '@leernetwerk/shared';
import { Alert, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { SubmitButton } from '../../ui/SubmitButton';
import { ConfirmWorkContact } from '../privacy/ConfirmWorkContact';
import { useGuardedFieldErrors } from './useGuardedFieldErrors';
import { useProposeStatement } from './useProposeStatement';

interface ProposalFormProps {
  conversation: Conversation;
  moderator: boolean;
}

/** "Stelling voorstellen": in strict moderation the proposal waits for a facilitator. */
export function ProposalForm({ conversation, moderator }: ProposalFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [text, setText] = useState('');
  const propose = useProposeStatement(conversation.id, moderator);
  const { formRef, errors, clear, privacy, showInvalid, clearAll, showServerError, unplaced } = useGuardedFieldErrors(
    propose.error,
    { text: t('statements.propose.tooShort') },
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = proposeStatementRequestSchema.safeParse({ text, ...privacy.confirmation });
    if (!parsed.success) return showInvalid(parsed.error.issues);
    clearAll();
    propose.submit(parsed.data, {
      onSuccess: () => {
        setText('');
        privacy.setConfirmed(false);
      },
      onError: showServerError,
    });
  }

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {t('statements.propose.heading')}
      </Title>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="xs" maw={640}>
          <Textarea
            name="text"
            label={t('statements.propose.label')}
            description={t('statements.propose.hint', { max: STATEMENT_MAX_LENGTH })}
            value={text}
            maxLength={STATEMENT_MAX_LENGTH}
            autosize
            minRows={2}
            onChange={(event) => {
              setText(event.currentTarget.value);
              clear('text');
              // The thanks belong to the last proposal, not to the one being written now.
              if (propose.succeeded) propose.reset();
            }}
            error={errors.text}
            errorProps={{ role: 'alert' }}
          />
          <Text size="xs" c="dimmed" aria-hidden>
            {t('statements.charactersLeft', { count: STATEMENT_MAX_LENGTH - text.length })}
          </Text>
          <ConfirmWorkContact refusal={privacy.refusal} checked={privacy.confirmed} onChange={privacy.setConfirmed} />
          {unplaced && (
            <Alert color="red" role="alert">
              {errorMessage(t, propose.error)}
            </Alert>
          )}
          {propose.succeeded && propose.data && (
            <Alert color={propose.data.status === 'published' ? 'green' : 'blue'} role="status">
              {t(propose.data.status === 'published' ? 'statements.propose.published' : 'statements.propose.waiting')}
            </Alert>
          )}
          <Group>
            <SubmitButton pending={propose.pending} variant="default">
              {t('statements.propose.submit')}
            </SubmitButton>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
