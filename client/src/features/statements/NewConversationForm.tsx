import { createConversationRequestSchema, type ModerationMode } from '@leernetwerk/shared';
import { Alert, Checkbox, Group, Radio, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../lib/api/errorMessage';
import { SubmitButton } from '../../ui/SubmitButton';
import { ConfirmWorkContact } from '../privacy/ConfirmWorkContact';
import { useCreateConversation } from './useCreateConversation';
import { useGuardedFieldErrors } from './useGuardedFieldErrors';

/** "Nieuwe discussie", for facilitators; opens the new conversation once it is made. */
export function NewConversationForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [moderation, setModeration] = useState<ModerationMode>('strict');
  const [allowProposals, setAllowProposals] = useState(true);
  const create = useCreateConversation();
  const { formRef, errors, clear, privacy, showInvalid, clearAll, showServerError, unplaced } = useGuardedFieldErrors(
    create.error,
    {
      title: t('statements.create.titleInvalid'),
      description: t('statements.create.descriptionInvalid'),
    },
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = createConversationRequestSchema.safeParse({
      title,
      description,
      moderation,
      allowProposals,
      ...privacy.confirmation,
    });
    if (!parsed.success) return showInvalid(parsed.error.issues);
    clearAll();
    create.submit(parsed.data, {
      onSuccess: (conversation) => void navigate(`/stellingen/${conversation.id}`),
      onError: showServerError,
    });
  }

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {t('statements.create.heading')}
      </Title>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm" maw={640}>
          <TextInput
            name="title"
            label={t('statements.create.title')}
            value={title}
            maxLength={200}
            onChange={(event) => {
              setTitle(event.currentTarget.value);
              clear('title');
            }}
            error={errors.title}
            errorProps={{ role: 'alert' }}
            required
          />
          <Textarea
            name="description"
            label={t('statements.create.description')}
            description={t('statements.create.descriptionHint')}
            value={description}
            maxLength={4000}
            autosize
            minRows={2}
            onChange={(event) => {
              setDescription(event.currentTarget.value);
              clear('description');
            }}
            error={errors.description}
            errorProps={{ role: 'alert' }}
          />
          <ConfirmWorkContact refusal={privacy.refusal} checked={privacy.confirmed} onChange={privacy.setConfirmed} />
          <Radio.Group
            label={t('statements.create.moderation')}
            value={moderation}
            onChange={(value) => setModeration(value as ModerationMode)}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="strict" label={t('statements.create.strict')} />
              <Radio value="permissive" label={t('statements.create.permissive')} />
            </Stack>
          </Radio.Group>
          <Checkbox
            label={t('statements.create.allowProposals')}
            checked={allowProposals}
            onChange={(event) => setAllowProposals(event.currentTarget.checked)}
          />
          {unplaced && (
            <Alert color="red" role="alert">
              {errorMessage(t, create.error)}
            </Alert>
          )}
          <Group>
            <SubmitButton pending={create.pending}>{t('statements.create.submit')}</SubmitButton>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
