import type { MeetingAction } from '@leernetwerk/shared';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDueDate, isOverdue, localDate } from './meetingTime';

/** "Klaar op 5 mrt 2025", and "te laat" in words (not only in colour) when an open action is past it. */
export function DueDate({ action }: { action: Pick<MeetingAction, 'dueDate' | 'status'> }) {
  const { t, i18n } = useTranslation();
  if (!action.dueDate) return <Text size="sm">{t('meetings.actions.noDueDate')}</Text>;
  const late = isOverdue(action, localDate(new Date()));
  return (
    <Text size="sm" c={late ? 'red.9' : undefined} fw={late ? 600 : undefined}>
      <time dateTime={action.dueDate}>{formatDueDate(action.dueDate, i18n.language)}</time>
      {late && ` · ${t('meetings.actions.overdue')}`}
    </Text>
  );
}
