import { deleteAccountRequestSchema } from '@leernetwerk/shared';
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api/ApiError';
import { errorMessage } from '../../lib/api/errorMessage';
import { useDeleteAccount } from './useDeleteAccount';

interface DeleteAccountModalProps {
  onClose: () => void;
}

/** Asks for the password before the account is deleted for good. */
export function DeleteAccountModal({ onClose }: DeleteAccountModalProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const remove = useDeleteAccount();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = deleteAccountRequestSchema.safeParse({ password });
    if (!parsed.success) {
      setFieldError(t('validation.passwordRequired'));
      return;
    }
    setFieldError(undefined);
    remove.mutate(parsed.data.password, {
      onError: (error) => {
        if (isApiError(error) && error.code === 'INVALID_CREDENTIALS') setFieldError(t('privacy.wrongPassword'));
      },
    });
  }

  const wrongPassword = isApiError(remove.error) && remove.error.code === 'INVALID_CREDENTIALS';

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('privacy.modalTitle')}
      closeButtonProps={{ 'aria-label': t('privacy.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>{t('privacy.deleteText')}</Text>
          <Text>{t('privacy.modalText')}</Text>
          {remove.isError && !wrongPassword && (
            <Alert color="red" role="alert">
              {errorMessage(t, remove.error)}
            </Alert>
          )}
          <TextInput
            name="password"
            type="password"
            autoComplete="current-password"
            label={t('privacy.password')}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={fieldError}
            errorProps={{ role: 'alert' }}
            required
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('privacy.cancel')}
            </Button>
            <Button type="submit" color="red" loading={remove.isPending}>
              {t('privacy.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
