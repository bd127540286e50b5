import type { MediaJoin } from '@leernetwerk/shared';
import { Stack, Text, VisuallyHidden } from '@mantine/core';
import { RoomAudioRenderer, RoomContext } from '@livekit/components-react';
import { useTranslation } from 'react-i18next';
import { CallControls } from './CallControls';
import { CallNotice, type CallContext } from './CallNotice';
import { useCallPreferences } from './callPreferences';
import { CallTiles } from './CallTiles';
import { RaisedHands } from './RaisedHands';
import { RaiseHand } from './RaiseHand';
import { useAudioOnly } from './useAudioOnly';
import { useCall } from './useCall';
import { useCallAnnouncements } from './useCallAnnouncements';
import { WhoHearsYou } from './WhoHearsYou';

interface CallRoomProps {
  join: MediaJoin;
  context: CallContext;
  /** Ask for a new ticket (after a failed join, or when taken out of the room). */
  onRejoin: () => void;
  /** The café whose plenary this facilitator leads: they see the raised hands and give the word. */
  leadsPlenaryOf?: string;
}

/** Inside one call: who is there, who hears you, the buttons, and the sound. */
export function CallRoom({ join, context, onRejoin, leadsPlenaryOf }: CallRoomProps) {
  const { t } = useTranslation();
  const { room, status } = useCall(join, onRejoin);
  const { audioOnly } = useCallPreferences();
  const announcement = useCallAnnouncements(room);
  useAudioOnly(room, audioOnly);

  if (status === 'failed' || !room) return <CallNotice context={context} error={null} onRetry={onRejoin} />;
  const plenary = join.kind === 'plenary';
  return (
    <RoomContext.Provider value={room}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed" role="status">
          {t(`calls.status.${status}`)}
        </Text>
        {status !== 'moving' && (
          <>
            <WhoHearsYou join={join} />
            <CallTiles plenary={plenary} />
            {plenary && !leadsPlenaryOf && <RaiseHand />}
            {leadsPlenaryOf && plenary && <RaisedHands cafeId={leadsPlenaryOf} />}
            <CallControls />
          </>
        )}
        <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
        <RoomAudioRenderer />
      </Stack>
    </RoomContext.Provider>
  );
}
