import { createPostRequestSchema, INTERVISION_LIMITS, type CaseStep } from '@leernetwerk/shared';
import { Alert, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useFieldErrors } from '../../lib/forms/useFieldErrors';
import { ConfirmWorkContact } from '../privacy/ConfirmWorkContact';
import { personalDataRefusal } from '../privacy/personalDataRefusal';
import { PrivacyWarning } from './PrivacyWarning';
import { privacyRiskFindings } from './privacyRisk';
import { useAddPost } from './useAddPost';
import { checkPrivacy, usePrivacyFindings } from './usePrivacyFindings';
import { SubmitButton } from '../../ui/SubmitButton';

interface PostFormProps {
  threadId: string;
  /** For a case: the step the contribution belongs to. */
  step: CaseStep | null;
  label: string;
  submitLabel: string;
}

/** A reply, or a contribution to one step of a case; held back while it seems to identify a client. */
export function PostForm({ threadId, step, label, submitLabel }: PostFormProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const { formRef, errors, show, clear } = useFieldErrors();
  const typed = usePrivacyFindings({ body });
  const [checked, setChecked] = useState<ReturnType<typeof checkPrivacy> | null>(null);
  const addPost = useAddPost(threadId);
  const findings = checked ?? typed;
  const serverFindings = privacyRiskFindings(addPost.error);
  const [confirmed, setConfirmed] = useState(false);
  const confirmation = confirmed ? { confirmPersonalData: true } : {};

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const now = checkPrivacy({ body });
    setChecked(now);
    if (now.length > 0) return;
    const parsed = createPostRequestSchema.safeParse({ body, step, ...confirmation });
    if (!parsed.success) return show({ body: t('intervision.form.bodyInvalid') });
    show({});
    addPost.submit(parsed.data, {
      onSuccess: () => {
        setBody('');
        setConfirmed(false);
      },
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Textarea
          name="body"
          label={label}
          value={body}
          maxLength={INTERVISION_LIMITS.bodyMax}
          autosize
          minRows={2}
          onChange={(event) => {
            setBody(event.currentTarget.value);
            clear('body');
            setChecked(null);
            if (addPost.error !== null || addPost.succeeded) addPost.reset();
          }}
          error={errors.body}
          errorProps={{ role: 'alert' }}
        />
        <PrivacyWarning findings={findings} />
        <PrivacyWarning findings={serverFindings} fromServer />
        <ConfirmWorkContact refusal={personalDataRefusal(addPost.error)} checked={confirmed} onChange={setConfirmed} />
        {addPost.error !== null && serverFindings.length === 0 && (
          <Alert color="red" role="alert">
            {errorMessage(t, addPost.error)}
          </Alert>
        )}
        {addPost.succeeded && (
          <Text size="sm" role="status">
            {t('intervision.thread.posted')}
          </Text>
        )}
        <Group>
          <SubmitButton pending={addPost.pending} variant="default" disabled={findings.length > 0}>
            {submitLabel}
          </SubmitButton>
        </Group>
      </Stack>
    </form>
  );
}
