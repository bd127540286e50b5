import { nameSchema } from '@leernetwerk/shared';
import { Alert, Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useUpdateName } from './useUpdateName';

interface EditNameFormProps {
  currentName: string;
}

export function EditNameForm({ currentName }: EditNameFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(currentName);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const update = useUpdateName();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = nameSchema.safeParse(name);
    if (!parsed.success) {
      const tooLong = parsed.error.issues.some((issue) => issue.code === 'too_big');
      setFieldError(t(tooLong ? 'validation.nameTooLong' : 'validation.nameRequired'));
      return;
    }
    setFieldError(undefined);
    update.mutate(parsed.data);
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="edit-name-heading">
      <Title order={2} id="edit-name-heading">
        {t('profile.editNameHeading')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={420}>
          {update.isError && (
            <Alert color="red" role="alert">
              {errorMessage(t, update.error)}
            </Alert>
          )}
          {update.isSuccess && (
            <Alert color="green" role="status">
              {t('profile.nameSaved')}
            </Alert>
          )}
          <TextInput
            name="name"
            autoComplete="name"
            label={t('profile.name')}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              update.reset();
            }}
            error={fieldError}
            errorProps={{ role: 'alert' }}
            required
          />
          <Group>
            <Button type="submit" variant="default" loading={update.isPending}>
              {t('profile.saveName')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
