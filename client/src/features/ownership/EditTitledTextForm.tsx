import { Alert, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api/ApiError';
import { errorMessage } from '../../lib/api/errorMessage';
import { useFieldErrors } from '../../lib/forms/useFieldErrors';
import { useOneAtATime } from '../../lib/forms/useOneAtATime';
import { ConfirmWorkContact } from '../privacy/ConfirmWorkContact';
import { EditFormButtons } from './EditFormButtons';
import { hasUnplacedFindings } from '../privacy/personalDataRefusal';
import { privacyFieldErrors } from '../privacy/privacyFieldErrors';
import { usePersonalDataGuard } from '../privacy/usePersonalDataGuard';

/** Only what the writer changed: an unchanged text is not sent, so it is not checked (or confirmed) again. */
export interface TitledTextChange {
  title?: string;
  text?: string;
  confirmPersonalData?: boolean;
}

interface EditTitledTextFormProps {
  initialTitle: string;
  initialText: string;
  /** The request's name of the text field (`body`, `description`): privacy findings name it. */
  textField: string;
  textLabel: string;
  limits: { titleMax: number; textMax: number };
  pending: boolean;
  error: unknown;
  /** Sends the change; `onError` places a refusal at its fields. */
  onSave: (change: TitledTextChange, callbacks: { onError: (error: unknown) => void }) => void;
  onCancel: () => void;
}

const TITLE_MIN = 3;

/**
 * The writer changes the title and text of what they wrote, in place. Problems appear at the
 * field (focus goes to the first); a privacy refusal asks to change the passage or, for an own
 * work contact detail, to confirm it.
 */
export function EditTitledTextForm(props: EditTitledTextFormProps) {
  const { initialTitle, initialText, textField, textLabel, limits, pending, error, onSave, onCancel } = props;
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState(initialTitle);
  const [text, setText] = useState(initialText);
  const { formRef, errors, show, clear } = useFieldErrors();
  const guard = usePersonalDataGuard(error);
  const begin = useOneAtATime(pending);
  const fields = ['title', textField];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (title.trim().length < TITLE_MIN) local.title = t('ownership.titleInvalid');
    if (!text.trim()) local[textField] = t('ownership.textInvalid');
    show(local);
    if (Object.keys(local).length > 0) return;
    const change: TitledTextChange = {
      ...(title.trim() !== initialTitle.trim() ? { title: title.trim() } : {}),
      ...(text.trim() !== initialText.trim() ? { text: text.trim() } : {}),
    };
    if (change.title === undefined && change.text === undefined) {
      onCancel();
      return;
    }
    if (!begin()) return;
    onSave(
      { ...change, ...guard.confirmation },
      { onError: (refused) => show(privacyFieldErrors(t, i18n.language, refused, fields)) },
    );
  }

  const unplaced =
    error !== null &&
    error !== undefined &&
    (guard.refusal ? hasUnplacedFindings(guard.refusal, fields) : !(isApiError(error) && error.fieldIssues().length));
  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="xs" maw={760}>
        <TextInput
          name="title"
          label={t('ownership.titleLabel')}
          value={title}
          maxLength={limits.titleMax}
          error={errors.title}
          errorProps={{ role: 'alert' }}
          onChange={(event) => {
            setTitle(event.currentTarget.value);
            clear('title');
          }}
          required
          data-autofocus
        />
        <Textarea
          name={textField}
          label={textLabel}
          value={text}
          maxLength={limits.textMax}
          error={errors[textField]}
          errorProps={{ role: 'alert' }}
          onChange={(event) => {
            setText(event.currentTarget.value);
            clear(textField);
          }}
          autosize
          minRows={3}
          required
        />
        <ConfirmWorkContact refusal={guard.refusal} checked={guard.confirmed} onChange={guard.setConfirmed} />
        {unplaced && (
          <Alert color="red" role="alert">
            {errorMessage(t, error)}
          </Alert>
        )}
        <EditFormButtons pending={pending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
