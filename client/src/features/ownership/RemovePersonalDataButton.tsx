import { Alert, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';
import { ownershipApi, type OwnedItem } from './ownershipApi';
import { canRemovePersonalData } from './ownershipRoles';

interface RemovePersonalDataButtonProps {
  item: OwnedItem;
  text: string;
  onDone: () => void;
}

/** For coordinators and facilitators: replace a text with a version without personal data, with a reason. */
export function RemovePersonalDataButton({ item, text, onDone }: RemovePersonalDataButtonProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [open, setOpen] = useState(false);
  const [cleaned, setCleaned] = useState(text);
  const [reason, setReason] = useState('');
  const remove = useMutation({
    mutationFn: () => ownershipApi.removePersonalData(item, cleaned.trim(), reason.trim()),
    onSuccess: () => {
      setOpen(false);
      onDone();
    },
  });
  if (!canRemovePersonalData(user)) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    remove.mutate();
  };
  return (
    <>
      <Button
        variant="subtle"
        color="gray.8"
        size="compact-sm"
        onClick={() => {
          setCleaned(text);
          setReason('');
          remove.reset();
          setOpen(true);
        }}
      >
        {t('ownership.removePersonalData')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('ownership.removeTitle')} size="lg">
        <Stack component="form" gap="sm" onSubmit={submit}>
          <Text size="sm">{t('ownership.removeIntro')}</Text>
          <Textarea
            label={t('ownership.removeTextLabel')}
            value={cleaned}
            onChange={(event) => setCleaned(event.currentTarget.value)}
            autosize
            minRows={3}
          />
          <TextInput
            label={t('ownership.removeReasonLabel')}
            description={t('ownership.removeReasonHint')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            required
            minLength={3}
          />
          {remove.isError && (
            <Alert color="red" role="alert">
              {errorMessage(t, remove.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('ownership.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={remove.isPending} disabled={reason.trim().length < 3}>
              {t('ownership.removeSubmit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
