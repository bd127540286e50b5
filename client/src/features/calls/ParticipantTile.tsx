import { Badge, Group, Text } from '@mantine/core';
import {
  isTrackReference,
  useIsSpeaking,
  useParticipantAttributes,
  useParticipantPermissions,
  useTrackMutedIndicator,
  VideoTrack,
  type TrackReferenceOrPlaceholder,
} from '@livekit/components-react';
import { Track } from 'livekit-client';
import { useTranslation } from 'react-i18next';
import classes from './ParticipantTile.module.css';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

interface ParticipantTileProps {
  trackRef: TrackReferenceOrPlaceholder;
  /** In the plenary only those who may speak get a tile; the listeners are counted. */
  speakersOnly: boolean;
}

/** One person in the call: their camera or initials, their name, and whether they speak, listen or visit. */
export function ParticipantTile({ trackRef, speakersOnly }: ParticipantTileProps) {
  const { t } = useTranslation();
  const { participant } = trackRef;
  const speaking = useIsSpeaking(participant);
  const { attributes } = useParticipantAttributes({ participant });
  const mic = useTrackMutedIndicator({ participant, source: Track.Source.Microphone });
  const permissions = useParticipantPermissions({ participant });
  const name = participant.name || participant.identity;
  const visitor = attributes?.visitor === 'true';
  const hand = attributes?.hand === 'up';
  const showVideo = isTrackReference(trackRef) && trackRef.publication.isSubscribed && !trackRef.publication.isMuted;

  if (speakersOnly && !participant.isLocal && !permissions?.canPublish) return null;
  return (
    <li className={`${classes.tile} ${speaking ? classes.speaking : ''}`}>
      {showVideo ? (
        <VideoTrack trackRef={trackRef} className={classes.video} aria-hidden />
      ) : (
        <span className={classes.initials} aria-hidden>
          {initials(name)}
        </span>
      )}
      <Group className={classes.caption} gap={6} wrap="wrap">
        <Text span size="sm" fw={600} c="white">
          {name} {participant.isLocal && t('calls.people.you')}
        </Text>
        {speaking && (
          <Badge size="sm" color="green.9">
            {t('calls.people.speaking')}
          </Badge>
        )}
        {mic.isMuted && !speaking && (
          <Badge size="sm" color="gray.8">
            {t('calls.people.micOff')}
          </Badge>
        )}
        {visitor && (
          <Badge size="sm" color="orange.9">
            {t('calls.people.visitor')}
          </Badge>
        )}
        {hand && (
          <Badge size="sm" color="yellow.4" c="dark.9">
            {t('calls.people.hand')}
          </Badge>
        )}
      </Group>
    </li>
  );
}
