import { Button, Group, Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingKeys, meetingsApi } from './meetingsApi';

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
  const people = useQuery({
    queryKey: [...meetingKeys.people(meetingId), attendeeCount],
    queryFn: () => meetingsApi.people(meetingId),
  });
  const options = (people.data ?? []).map((person) => ({
    value: person.id,
    label: person.organisationName ? `${person.name} (${person.organisationName})` : person.name,
  }));

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
