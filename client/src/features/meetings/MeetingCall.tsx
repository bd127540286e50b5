import type { Meeting } from '@leernetwerk/shared';
import { useTranslation } from 'react-i18next';
import { CallPanel } from '../calls/CallPanel';
import { callKeys, callsApi } from '../calls/callsApi';
import { useCallTicket } from '../calls/useCallTicket';

/**
 * The meeting's call while it is open. Checking in gives the right to speak, so it joins again
 * with a new ticket; until then a person listens in.
 */
export function MeetingCall({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const speaks = meeting.canManage || meeting.checkedIn;
  const ticket = useCallTicket(callKeys.meeting(meeting.id, speaks), () => callsApi.meeting(meeting.id));
  return <CallPanel ticket={ticket} heading={t('calls.heading.meeting')} context="meeting" />;
}
