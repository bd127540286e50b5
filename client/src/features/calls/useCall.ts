import type { MediaJoin } from '@leernetwerk/shared';
import { DisconnectReason, Room, RoomEvent, VideoPresets } from 'livekit-client';
import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import { callPreferences } from './callPreferences';

export type CallStatus = 'connecting' | 'connected' | 'reconnecting' | 'moving' | 'failed';

export interface Call {
  /** The room of this ticket; null while there is no ticket. */
  room: Room | null;
  status: CallStatus;
}

/** After being taken out of a room, wait this long for the new seat (`cafe:updated`) before asking again. */
const REJOIN_AFTER_REMOVAL_MS = 2000;

function newRoom(): Room {
  const { devices } = callPreferences.get();
  return new Room({
    adaptiveStream: true,
    dynacast: true,
    // One peer connection renegotiates in a loop with the media server we embed (v1.13.5) in rooms
    // without video; two connections (publish and subscribe apart) do not.
    singlePeerConnection: false,
    audioCaptureDefaults: { deviceId: devices.audioinput || undefined, echoCancellation: true, noiseSuppression: true },
    videoCaptureDefaults: { deviceId: devices.videoinput || undefined, resolution: VideoPresets.h360.resolution },
    audioOutput: devices.audiooutput ? { deviceId: devices.audiooutput } : undefined,
  });
}

/**
 * Joins the call of one ticket and leaves it when the ticket changes or the screen goes. The
 * microphone comes on when the person may speak and had not turned it off; the camera only when
 * they turned it on at the table before (never at the first table, never with audio only). Taken out by the server (a move, a new round), it asks `onRejoin` for a
 * new ticket if the new seat has not arrived by itself.
 */
export function useCall(join: MediaJoin | undefined, onRejoin: () => void): Call {
  const room = useMemo(() => (join ? newRoom() : null), [join]);
  const [status, setStatus] = useState<{ room: Room | null; value: CallStatus }>({ room: null, value: 'connecting' });
  const rejoin = useEffectEvent(onRejoin);

  useEffect(() => {
    if (!room || !join) return;
    let active = true;
    let rejoinTimer: ReturnType<typeof setTimeout> | undefined;
    const set = (value: CallStatus) => {
      if (active) setStatus({ room, value });
    };
    const onReconnecting = () => set('reconnecting');
    const onReconnected = () => set('connected');
    const onDisconnected = (reason?: DisconnectReason) => {
      if (!active || reason === DisconnectReason.CLIENT_INITIATED) return;
      if (reason === DisconnectReason.PARTICIPANT_REMOVED || reason === DisconnectReason.ROOM_DELETED) {
        set('moving');
        rejoinTimer = setTimeout(rejoin, REJOIN_AFTER_REMOVAL_MS);
      } else {
        set('failed');
      }
    };
    room.on(RoomEvent.Reconnecting, onReconnecting);
    room.on(RoomEvent.Reconnected, onReconnected);
    room.on(RoomEvent.Disconnected, onDisconnected);

    room
      .connect(join.url, join.token)
      .then(async () => {
        if (!active) return;
        set('connected');
        const { micOn, cameraOn, audioOnly } = callPreferences.get();
        if (!join.canSpeak) return;
        // A refused device is shown by the controls (lastMicrophoneError, lastCameraError); the call goes on.
        if (micOn) await room.localParticipant.setMicrophoneEnabled(true).catch(() => undefined);
        if (cameraOn && !audioOnly && active) await room.localParticipant.setCameraEnabled(true).catch(() => undefined);
      })
      .catch(() => set('failed'));

    return () => {
      active = false;
      clearTimeout(rejoinTimer);
      room.off(RoomEvent.Reconnecting, onReconnecting);
      room.off(RoomEvent.Reconnected, onReconnected);
      room.off(RoomEvent.Disconnected, onDisconnected);
      void room.disconnect();
    };
  }, [room, join]);

  return { room, status: status.room === room ? status.value : 'connecting' };
}
