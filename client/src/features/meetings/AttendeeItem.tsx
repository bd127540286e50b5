import type { Attendee } from '@leernetwerk/shared';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CertificateButton } from './CertificateButton';

interface AttendeeItemProps {
  meetingId: string;
  attendee: Attendee;
  canManage: boolean;
  /** Certificates exist once the meeting is closed. */
  closed: boolean;
  busy: boolean;
  onRemove: () => void;
}

/** One person present: name, organisation and how they were checked in; managers can act on it. */
export function AttendeeItem({ meetingId, attendee, canManage, closed, busy, onRemove }: AttendeeItemProps) {
  const { t } = useTranslation();
  return (
    <li>
      <Group justify="space-between" gap="sm" wrap="wrap" py={4}>
        <Text>
          <Text span fw={600}>
            {attendee.name}
          </Text>
          {' · '}
          {attendee.organisationName}
          {' · '}
          <Text span c="dimmed">
            {t(`meetings.attendance.by.${attendee.by}`)}
          </Text>
        </Text>
        {canManage && (
          <Group gap="xs">
            {closed && <CertificateButton meetingId={meetingId} attendee={attendee} />}
            <Button
              variant="subtle"
              color="red.9"
              size="xs"
              disabled={busy}
              aria-label={t('meetings.attendance.removeLabel', { name: attendee.name })}
              onClick={onRemove}
            >
              {t('meetings.attendance.remove')}
            </Button>
          </Group>
        )}
      </Group>
    </li>
  );
}
