import { Button, Group, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personLabel, useMeetingPeople } from './useMeetingPeople';

interface AddAttendeeProps {
  meetingId: string;
  /** Changes whenever the list changes, so the choice is fetched again. */
  attendeeCount: number;
  busy: boolean;
  onAdd: (userId: string) => void;
}

/** A facilitator's correction: someone was there but did not check in. */
export function AddAttendee({ meetingId, attendeeCount, busy, onAdd }: AddAttendeeProps) {
  const { t } = useTranslation();
  const [userId, setUserId] = useState<string | null>(null);
  const people = useMeetingPeople(meetingId, attendeeCount);
  const options = (people.data ?? []).map((person) => ({ value: person.id, label: personLabel(person) }));

  return (
    <Group align="flex-end" gap="sm">
      <Select
        label={t('meetings.attendance.addLabel')}
        description={t('meetings.attendance.addHint')}
        placeholder={t('meetings.attendance.addPlaceholder')}
        data={options}
        value={userId}
        onChange={setUserId}
        searchable
        nothingFoundMessage={t('meetings.attendance.addNobody')}
        w={{ base: '100%', sm: 360 }}
      />
      <Button
        variant="default"
        disabled={!userId || busy}
        onClick={() => {
          if (!userId) return;
          onAdd(userId);
          setUserId(null);
        }}
      >
        {t('meetings.attendance.add')}
      </Button>
    </Group>
  );
}
