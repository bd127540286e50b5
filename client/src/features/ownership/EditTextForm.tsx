import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';

interface EditTextFormProps {
  initial: string;
  pending: boolean;
  error: unknown;
  onSave: (text: string) => void;
  onCancel: () => void;
}

/** The writer changes their text in place; a refusal (e.g. changed meanwhile) is read out. */
export function EditTextForm({ initial, pending, error, onSave, onCancel }: EditTextFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) onSave(text);
  };
  return (
    <Stack component="form" gap="xs" onSubmit={submit}>
      <Textarea
        label={t('ownership.editLabel')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        autosize
        minRows={3}
        required
        data-autofocus
      />
      {error !== null && error !== undefined && (
        <Alert color="red" role="alert">
          {errorMessage(t, error)}
        </Alert>
      )}
      <Group gap="xs">
        <Button type="submit" size="compact-md" loading={pending} disabled={!text.trim()}>
          {t('ownership.save')}
        </Button>
        <Button variant="default" size="compact-md" onClick={onCancel}>
          {t('ownership.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
