import type { Meeting, MeetingState } from '@leernetwerk/shared';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { meetingsApi } from './meetingsApi';
import { useMeetingChange } from './useMeetingChange';

interface MeetingControlsProps {
  meeting: Meeting;
  editing: boolean;
  onEdit: () => void;
}

/** The next state a manager can move the meeting to, and the button's text for it. */
const NEXT: Record<MeetingState, { state: MeetingState; label: 'open' | 'close' | 'reopen' }> = {
  planned: { state: 'open', label: 'open' },
  open: { state: 'closed', label: 'close' },
  closed: { state: 'open', label: 'reopen' },
};

/** For managers: open, close or reopen the meeting, and change it. */
export function MeetingControls({ meeting, editing, onEdit }: MeetingControlsProps) {
  const { t } = useTranslation();
  const change = useMeetingChange(meeting.id, (state: MeetingState) => meetingsApi.setState(meeting.id, state));
  const next = NEXT[meeting.state];
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button loading={change.isPending} onClick={() => change.mutate(next.state)}>
          {t(`meetings.controls.${next.label}`)}
        </Button>
        {!editing && (
          <Button variant="default" onClick={onEdit}>
            {t('meetings.controls.edit')}
          </Button>
        )}
      </Group>
      {change.isError && (
        <Alert color="red" role="alert">
          {errorMessage(t, change.error)}
        </Alert>
      )}
    </Stack>
  );
}
