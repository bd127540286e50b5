import type { Meeting } from '@leernetwerk/shared';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { AddAttendee } from './AddAttendee';
import { AttendeeItem } from './AttendeeItem';
import { CertificateButton } from './CertificateButton';
import { meetingsApi } from './meetingsApi';
import { useMeetingChange } from './useMeetingChange';

/**
 * Who is here: self check-in while the meeting is open, the list of attendees and the viewer's
 * certificate. Managers correct the list: take someone off, or add someone who was there.
 */
export function AttendanceSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const headingId = useId();
  const checkIn = useMeetingChange(meeting.id, () => meetingsApi.checkIn(meeting.id));
  const attendance = useMeetingChange(meeting.id, ({ userId, present }: { userId: string; present: boolean }) =>
    meetingsApi.setAttendance(meeting.id, userId, present),
  );
  const failed = checkIn.error ?? attendance.error;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {t('meetings.attendance.heading', { count: meeting.attendees.length })}
      </Title>
      {meeting.checkedIn ? (
        <Group gap="sm">
          <Text>{t('meetings.youAreCheckedIn')}</Text>
          {meeting.state === 'closed' ? (
            <CertificateButton meetingId={meeting.id} />
          ) : (
            <Text size="sm">{t('meetings.certificate.afterClose')}</Text>
          )}
        </Group>
      ) : meeting.state === 'open' ? (
        <Group>
          <Button loading={checkIn.isPending} onClick={() => checkIn.mutate(undefined)}>
            {t('meetings.attendance.checkIn')}
          </Button>
        </Group>
      ) : (
        <Text c="dimmed">{t(`meetings.attendance.notOpen.${meeting.state}`)}</Text>
      )}
      {failed && (
        <Alert color="red" role="alert">
          {errorMessage(t, failed)}
        </Alert>
      )}
      {meeting.attendees.length === 0 ? (
        <Text>{t('meetings.attendance.none')}</Text>
      ) : (
        <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
          {meeting.attendees.map((attendee) => (
            <AttendeeItem
              key={attendee.userId}
              meetingId={meeting.id}
              attendee={attendee}
              canManage={meeting.canManage}
              closed={meeting.state === 'closed'}
              busy={attendance.isPending}
              onRemove={() => attendance.mutate({ userId: attendee.userId, present: false })}
            />
          ))}
        </Stack>
      )}
      {meeting.canManage && (
        <AddAttendee
          meetingId={meeting.id}
          attendeeCount={meeting.attendees.length}
          busy={attendance.isPending}
          onAdd={(userId) => attendance.mutate({ userId, present: true })}
        />
      )}
    </Stack>
  );
}
