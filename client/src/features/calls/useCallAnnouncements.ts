import { RoomEvent, type Participant, type Room } from 'livekit-client';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The latest join or leave, in words, for a polite live region (screen readers hear who came and went). */
export function useCallAnnouncements(room: Room | null): string {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!room) return;
    const name = (participant: Participant) => participant.name || participant.identity;
    const joined = (participant: Participant) => setMessage(t('calls.announce.joined', { name: name(participant) }));
    const left = (participant: Participant) => setMessage(t('calls.announce.left', { name: name(participant) }));
    room.on(RoomEvent.ParticipantConnected, joined);
    room.on(RoomEvent.ParticipantDisconnected, left);
    return () => {
      room.off(RoomEvent.ParticipantConnected, joined);
      room.off(RoomEvent.ParticipantDisconnected, left);
    };
  }, [room, t]);
  return message;
}
