import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { QueryState } from '../intervision/QueryState';
import { canCreateMeetings } from './meetingRoles';
import { MeetingForm } from './MeetingForm';
import { MeetingList } from './MeetingList';
import { useCreateMeeting } from './useCreateMeeting';
import { useMeetings } from './useMeetings';

/** `/bijeenkomsten`: every meeting of the network, and for facilitators a form to plan one. */
export function MeetingsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const meetings = useMeetings();
  const create = useCreateMeeting();
  const [creating, setCreating] = useState(false);
  useDocumentTitle(t('meetings.title'));
  return (
    <Stack gap="xl">
      <Stack gap="xs" maw={720}>
        <Title order={1}>{t('meetings.title')}</Title>
        <Text>{t('meetings.intro')}</Text>
        <Anchor component={Link} to="/acties">
          {t('meetings.toMyActions')}
        </Anchor>
      </Stack>
      {canCreateMeetings(user) && !creating && (
        <Group>
          <Button onClick={() => setCreating(true)}>{t('meetings.form.newHeading')}</Button>
        </Group>
      )}
      {creating && (
        <MeetingForm
          heading={t('meetings.form.newHeading')}
          submitLabel={t('meetings.form.create')}
          pending={create.pending}
          error={create.error}
          onCancel={() => setCreating(false)}
          onSubmit={(body) =>
            create.submit(body, { onSuccess: (meeting) => void navigate(`/bijeenkomsten/${meeting.id}`) })
          }
        />
      )}
      <Stack component="section" aria-labelledby="meetings-heading" gap="sm">
        <Title order={2} id="meetings-heading">
          {t('meetings.listHeading')}
        </Title>
        <QueryState query={meetings} height={160}>
          {(list) => <MeetingList meetings={list} />}
        </QueryState>
      </Stack>
    </Stack>
  );
}
