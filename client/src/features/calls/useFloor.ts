import { useLocalParticipant, useParticipantAttribute } from '@livekit/components-react';
import { ParticipantEvent, type Participant } from 'livekit-client';
import { useEffect, useState } from 'react';

export type FloorChange = 'gotWord' | 'lostWord' | null;

export interface Floor {
  handUp: boolean;
  setHand: (up: boolean) => void;
  /** The last change of the right to speak, to tell the person in words. */
  change: FloorChange;
}

/**
 * A listener in the plenary raises a hand (a participant attribute the facilitator sees) and is
 * told when the facilitator gives them the word or takes it back; the hand comes down by itself
 * once they have the word.
 */
export function useFloor(): Floor {
  const { localParticipant } = useLocalParticipant();
  const handUp = useParticipantAttribute('hand', { participant: localParticipant }) === 'up';
  const [change, setChange] = useState<FloorChange>(null);

  useEffect(() => {
    const onPermissions = (previous?: Participant['permissions']) => {
      const now = localParticipant.permissions?.canPublish ?? false;
      if (now === (previous?.canPublish ?? false)) return;
      setChange(now ? 'gotWord' : 'lostWord');
      if (now) void localParticipant.setAttributes({ hand: '' }).catch(() => undefined);
    };
    localParticipant.on(ParticipantEvent.ParticipantPermissionsChanged, onPermissions);
    return () => {
      localParticipant.off(ParticipantEvent.ParticipantPermissionsChanged, onPermissions);
    };
  }, [localParticipant]);

  const setHand = (up: boolean) => {
    void localParticipant.setAttributes({ hand: up ? 'up' : '' }).catch(() => undefined);
  };
  return { handUp, setHand, change };
}
