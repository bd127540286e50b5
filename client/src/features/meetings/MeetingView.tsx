import type { Meeting } from '@leernetwerk/shared';
import { Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { PageLoader } from '../../ui/PageLoader';
import { AccreditationSection } from './AccreditationSection';
import { ActionsSection } from './ActionsSection';
import { AgendaList } from './AgendaList';
import { AttendanceSection } from './AttendanceSection';
import { MeetingBottlenecks } from './MeetingBottlenecks';
import { MeetingControls } from './MeetingControls';
import { MeetingForm } from './MeetingForm';
import { MeetingStateBadge } from './MeetingStateBadge';
import { MeetingWhen } from './MeetingWhen';
import { useMeetingChange } from './useMeetingChange';
import { meetingsApi } from './meetingsApi';

// The shared editor (TipTap, Yjs) and the call (LiveKit) are large; the rest of the page does without them.
const MeetingMinutes = lazy(() =>
  import('./MeetingMinutes').then(({ MeetingMinutes }) => ({ default: MeetingMinutes })),
);
const MeetingCall = lazy(() => import('./MeetingCall').then(({ MeetingCall }) => ({ default: MeetingCall })));

/** A meeting: what and when, the agenda, who is here, the minutes, the actions and the bottlenecks. */
export function MeetingView({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const update = useMeetingChange(meeting.id, (body: Parameters<typeof meetingsApi.update>[1]) =>
    meetingsApi.update(meeting.id, body),
  );
  useDocumentTitle(meeting.title);

  return (
    <Stack gap="xl">
      <Stack gap="xs" maw={760}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={1}>{meeting.title}</Title>
          <MeetingStateBadge state={meeting.state} />
        </Group>
        <MeetingWhen
          startsAt={meeting.startsAt}
          durationMinutes={meeting.durationMinutes}
          facilitatorName={meeting.facilitator.name}
        />
        {meeting.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{meeting.description}</Text>}
        <VisuallyHidden aria-live="polite">
          {t('meetings.live.summary', {
            state: t(`meetings.state.${meeting.state}`),
            count: meeting.attendees.length,
          })}
        </VisuallyHidden>
      </Stack>
      {meeting.canManage && <MeetingControls meeting={meeting} editing={editing} onEdit={() => setEditing(true)} />}
      {editing && (
        <MeetingForm
          heading={t('meetings.form.editHeading')}
          submitLabel={t('meetings.form.save')}
          initial={meeting}
          pending={update.isPending}
          error={update.error}
          onCancel={() => setEditing(false)}
          onSubmit={(values) => update.mutate(values, { onSuccess: () => setEditing(false) })}
        />
      )}
      {meeting.state === 'open' && (
        <Suspense fallback={<PageLoader />}>
          <MeetingCall meeting={meeting} />
        </Suspense>
      )}
      <AgendaList agenda={meeting.agenda} />
      <AttendanceSection meeting={meeting} />
      <AccreditationSection meeting={meeting} />
      <Suspense fallback={<PageLoader />}>
        <MeetingMinutes meeting={meeting} />
      </Suspense>
      <ActionsSection meeting={meeting} />
      <MeetingBottlenecks meetingId={meeting.id} />
    </Stack>
  );
}
