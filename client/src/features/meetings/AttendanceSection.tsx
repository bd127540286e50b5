import type { Attendee, Meeting } from '@leernetwerk/shared';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { AttendeeItem } from './AttendeeItem';
import { CertificateButton } from './CertificateButton';
import { meetingsApi } from './meetingsApi';
import { useMeetingChange } from './useMeetingChange';

/**
 * Who is here: self check-in while the meeting is open, the list of attendees and the viewer's
 * certificate. Managers can take someone off the list. There is no user directory to pick people
 * from, so adding is limited to putting back someone removed during this visit of the page.
 */
export function AttendanceSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [removed, setRemoved] = useState<Attendee[]>([]);
  const checkIn = useMeetingChange(meeting.id, () => meetingsApi.checkIn(meeting.id));
  const attendance = useMeetingChange(meeting.id, ({ userId, present }: { userId: string; present: boolean }) =>
    meetingsApi.setAttendance(meeting.id, userId, present),
  );
  const present = new Set(meeting.attendees.map((a) => a.userId));
  const toReAdd = removed.filter((person) => !present.has(person.userId));

  function remove(attendee: Attendee) {
    attendance.mutate(
      { userId: attendee.userId, present: false },
      { onSuccess: () => setRemoved((list) => [...list.filter((p) => p.userId !== attendee.userId), attendee]) },
    );
  }

  const failed = checkIn.error ?? attendance.error;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {t('meetings.attendance.heading', { count: meeting.attendees.length })}
      </Title>
      {meeting.checkedIn ? (
        <Group gap="sm">
          <Text>{t('meetings.youAreCheckedIn')}</Text>
          <CertificateButton meetingId={meeting.id} />
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
              busy={attendance.isPending}
              onRemove={() => remove(attendee)}
            />
          ))}
        </Stack>
      )}
      {meeting.canManage && toReAdd.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('meetings.attendance.removedHeading')}
          </Title>
          <Group gap="xs">
            {toReAdd.map((person) => (
              <Button
                key={person.userId}
                variant="default"
                size="xs"
                disabled={attendance.isPending}
                onClick={() => attendance.mutate({ userId: person.userId, present: true })}
              >
                {t('meetings.attendance.reAdd', { name: person.name })}
              </Button>
            ))}
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
