import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';

interface DeleteOwnButtonProps {
  onDelete: () => void;
  pending: boolean;
  error: unknown;
  /** What deleting does to this kind of text; by default that replies of others stay. */
  confirmText?: string;
}

/** The writer deletes what they wrote, after saying yes once more. */
export function DeleteOwnButton({ onDelete, pending, error, confirmText }: DeleteOwnButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="subtle" color="red.9" size="compact-sm" onClick={() => setOpen(true)}>
        {t('ownership.delete')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('ownership.deleteConfirmTitle')}>
        <Stack gap="sm">
          <Text>{confirmText ?? t('ownership.deleteConfirmText')}</Text>
          {error !== null && error !== undefined && (
            <Text c="red.9" role="alert">
              {errorMessage(t, error)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('ownership.cancel')}
            </Button>
            <Button color="red.9" loading={pending} onClick={onDelete}>
              {t('ownership.deleteConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
