import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatStart } from './meetingTime';

interface MeetingWhenProps {
  startsAt: string;
  durationMinutes: number;
  facilitatorName: string;
}

/** "dinsdag 4 maart 2025 om 14:30 · 120 minuten · Begeleider: …" in the interface language. */
export function MeetingWhen({ startsAt, durationMinutes, facilitatorName }: MeetingWhenProps) {
  const { t, i18n } = useTranslation();
  return (
    <Text c="dimmed">
      <time dateTime={startsAt}>{formatStart(startsAt, i18n.language)}</time>
      {' · '}
      {t('meetings.minutes', { count: durationMinutes })}
      {' · '}
      {t('meetings.facilitatedBy', { name: facilitatorName })}
    </Text>
  );
}
