import { RoomEvent, Track, type RemoteTrackPublication, type Room } from 'livekit-client';
import { useEffect } from 'react';

/**
 * Audio only: no video is received (remote cameras unsubscribed, so nothing is decoded) and the
 * own camera is off. Video published later is caught as it comes in.
 */
export function useAudioOnly(room: Room | null, audioOnly: boolean): void {
  useEffect(() => {
    if (!room) return;
    const apply = (publication: RemoteTrackPublication) => {
      if (publication.kind === Track.Kind.Video) publication.setSubscribed(!audioOnly);
    };
    const applyAll = () => {
      for (const participant of room.remoteParticipants.values()) {
        for (const publication of participant.trackPublications.values()) apply(publication);
      }
    };
    applyAll();
    if (audioOnly) void room.localParticipant.setCameraEnabled(false).catch(() => undefined);
    room.on(RoomEvent.TrackPublished, apply);
    room.on(RoomEvent.Connected, applyAll);
    return () => {
      room.off(RoomEvent.TrackPublished, apply);
      room.off(RoomEvent.Connected, applyAll);
    };
  }, [room, audioOnly]);
}
