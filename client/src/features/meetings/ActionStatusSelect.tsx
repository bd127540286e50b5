import { actionStatusSchema, type MeetingAction } from '@leernetwerk/shared';
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUpdateAction } from './useActions';

/** Changes an action's status (open, done, dropped); the server allows managers and the owner. */
export function ActionStatusSelect({ action }: { action: MeetingAction }) {
  const { t } = useTranslation();
  const update = useUpdateAction();
  return (
    <NativeSelect
      size="xs"
      aria-label={t('meetings.actions.statusLabel', { text: action.text })}
      value={action.status}
      disabled={update.isPending}
      error={update.isError ? t('meetings.actions.statusFailed') : undefined}
      data={actionStatusSchema.options.map((status) => ({
        value: status,
        label: t(`meetings.actionStatus.${status}`),
      }))}
      onChange={(event) => {
        const status = actionStatusSchema.safeParse(event.currentTarget.value);
        if (status.success) update.mutate({ id: action.id, body: { status: status.data } });
      }}
    />
  );
}
