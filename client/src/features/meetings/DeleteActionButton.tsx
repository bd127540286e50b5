import type { Meeting, MeetingAction } from '@leernetwerk/shared';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { meetingKeys, meetingsApi } from './meetingsApi';

/** For the meeting's managers: delete an action (its owner is told by the server). */
export function DeleteActionButton({ action }: { action: MeetingAction }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const remove = useMutation({
    mutationFn: () => meetingsApi.deleteAction(action.id),
    onSuccess: () => {
      setOpen(false);
      queryClient.setQueryData<Meeting>(meetingKeys.detail(action.meetingId), (meeting) =>
        meeting ? { ...meeting, actions: meeting.actions.filter((item) => item.id !== action.id) } : meeting,
      );
      void queryClient.invalidateQueries({ queryKey: meetingKeys.myActions });
    },
  });
  return (
    <>
      <Button variant="subtle" color="red.9" size="compact-sm" onClick={() => setOpen(true)}>
        {t('ownership.deleteAction')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('ownership.deleteAction')}>
        <Stack gap="sm">
          <Text>{t('ownership.deleteActionConfirm', { text: action.text })}</Text>
          {remove.isError && (
            <Text c="red.9" role="alert">
              {errorMessage(t, remove.error)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('ownership.cancel')}
            </Button>
            <Button color="red.9" loading={remove.isPending} onClick={() => remove.mutate()}>
              {t('ownership.deleteConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
