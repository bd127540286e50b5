import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '../intervision/QueryState';
import { MeetingView } from './MeetingView';
import { useMeeting } from './useMeeting';
import { useMeetingLive } from './useMeetingLive';

/** `/bijeenkomsten/:id`: one meeting, kept live. */
export function MeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const meeting = useMeeting(id);
  useMeetingLive(id);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/bijeenkomsten">
        {t('meetings.back')}
      </Anchor>
      <QueryState query={meeting} height={240}>
        {(data) => <MeetingView meeting={data} />}
      </QueryState>
    </Stack>
  );
}
