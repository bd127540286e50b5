import { proposeStatementRequestSchema, STATEMENT_MAX_LENGTH, type Conversation } from '@leernetwerk/shared';
import { Alert, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useProposeStatement } from './useProposeStatement';
import { SubmitButton } from '../../ui/SubmitButton';

interface ProposalFormProps {
  conversation: Conversation;
  moderator: boolean;
}

/** "Stelling voorstellen": in strict moderation the proposal waits for a facilitator. */
export function ProposalForm({ conversation, moderator }: ProposalFormProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const propose = useProposeStatement(conversation.id, moderator);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = proposeStatementRequestSchema.safeParse({ text });
    if (!parsed.success) return setFieldError(t('statements.propose.tooShort'));
    setFieldError(undefined);
    propose.submit(parsed.data.text, { onSuccess: () => setText('') });
  }

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} size="h3" id={headingId}>
        {t('statements.propose.heading')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="xs" maw={640}>
          <Textarea
            label={t('statements.propose.label')}
            description={t('statements.propose.hint', { max: STATEMENT_MAX_LENGTH })}
            value={text}
            maxLength={STATEMENT_MAX_LENGTH}
            autosize
            minRows={2}
            onChange={(event) => {
              setText(event.currentTarget.value);
              propose.reset();
            }}
            error={fieldError}
            errorProps={{ role: 'alert' }}
          />
          <Text size="xs" c="dimmed" aria-hidden>
            {t('statements.charactersLeft', { count: STATEMENT_MAX_LENGTH - text.length })}
          </Text>
          {propose.error !== null && (
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
