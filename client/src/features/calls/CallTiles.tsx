import { SimpleGrid, Text } from '@mantine/core';
import { useParticipants, useTracks } from '@livekit/components-react';
import { Track } from 'livekit-client';
import { useTranslation } from 'react-i18next';
import { ParticipantTile } from './ParticipantTile';

/** Everyone in the call as a tile; in the plenary the speakers, and how many listen along. */
export function CallTiles({ plenary }: { plenary: boolean }) {
  const { t } = useTranslation();
  // You first, then the others by name: tiles keep their place as people come and go.
  const tracks = useTracks([{ source: Track.Source.Camera, withPlaceholder: true }], {
    onlySubscribed: false,
  }).toSorted(
    (a, b) =>
      Number(b.participant.isLocal) - Number(a.participant.isLocal) ||
      (a.participant.name ?? '').localeCompare(b.participant.name ?? ''),
  );
  const participants = useParticipants();
  const listeners = participants.filter((person) => !person.isLocal && !person.permissions?.canPublish).length;
  return (
    <>
      <SimpleGrid
        component="ul"
        aria-label={t('calls.people.label')}
        cols={{ base: 2, sm: 3 }}
        spacing="xs"
        style={{ listStyle: 'none', margin: 0, padding: 0 }}
      >
        {tracks.map((trackRef) => (
          <ParticipantTile key={trackRef.participant.identity} trackRef={trackRef} speakersOnly={plenary} />
        ))}
      </SimpleGrid>
      {participants.length <= 1 && <Text size="sm">{t('calls.people.alone')}</Text>}
      {plenary && listeners > 0 && <Text size="sm">{t('calls.people.listeners', { count: listeners })}</Text>}
    </>
  );
}
