import { Alert, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useFieldErrors } from '../../lib/forms/useFieldErrors';
import { useOneAtATime } from '../../lib/forms/useOneAtATime';
import { ConfirmWorkContact } from '../privacy/ConfirmWorkContact';
import { EditFormButtons } from './EditFormButtons';
import { privacyFieldErrors } from '../privacy/privacyFieldErrors';
import { usePersonalDataGuard } from '../privacy/usePersonalDataGuard';

export interface TextChange {
  body: string;
  confirmPersonalData?: boolean;
}

interface EditTextFormProps {
  initial: string;
  pending: boolean;
  error: unknown;
  /** Sends the change; `onError` places a privacy refusal at the field. */
  onSave: (change: TextChange, callbacks: { onError: (error: unknown) => void }) => void;
  onCancel: () => void;
}

const FIELDS = ['body'];

/**
 * The writer changes their text in place. A privacy refusal sits at the field (with the
 * confirmation for an own work contact detail); any other refusal (e.g. changed meanwhile) is read out.
 */
export function EditTextForm({ initial, pending, error, onSave, onCancel }: EditTextFormProps) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(initial);
  const { formRef, errors, show, clear } = useFieldErrors();
  const guard = usePersonalDataGuard(error);
  const begin = useOneAtATime(pending);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!text.trim()) return show({ body: t('ownership.textInvalid') });
    show({});
    if (text.trim() === initial.trim()) return onCancel();
    if (!begin()) return;
    onSave(
      { body: text.trim(), ...guard.confirmation },
      { onError: (refused) => show(privacyFieldErrors(t, i18n.language, refused, FIELDS)) },
    );
  };
  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Textarea
          name="body"
          label={t('ownership.editLabel')}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            clear('body');
          }}
          error={errors.body}
          errorProps={{ role: 'alert' }}
          autosize
          minRows={3}
          required
          data-autofocus
        />
        <ConfirmWorkContact refusal={guard.refusal} checked={guard.confirmed} onChange={guard.setConfirmed} />
        {error !== null && error !== undefined && !guard.refusal && (
          <Alert color="red" role="alert">
            {errorMessage(t, error)}
          </Alert>
        )}
        <EditFormButtons pending={pending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
