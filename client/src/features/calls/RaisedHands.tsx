import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useRemoteParticipants } from '@livekit/components-react';
import { RoomEvent, type RemoteParticipant } from 'livekit-client';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { useGiveWord } from './useGiveWord';

const UPDATE_ON = [
  RoomEvent.ParticipantConnected,
  RoomEvent.ParticipantDisconnected,
  RoomEvent.ParticipantAttributesChanged,
  RoomEvent.ParticipantPermissionsChanged,
];

/** The facilitator's view of the plenary: raised hands to give the word to, and who has it now. */
export function RaisedHands({ cafeId }: { cafeId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const speakersId = useId();
  const people = useRemoteParticipants({ updateOnlyOn: UPDATE_ON });
  const giveWord = useGiveWord(cafeId);
  const hands = people.filter((person) => person.attributes.hand === 'up' && !person.permissions?.canPublish);
  const speakers = people.filter((person) => person.permissions?.canPublish);
  const name = (person: RemoteParticipant) => person.name || person.identity;
  const row = (person: RemoteParticipant, canSpeak: boolean) => (
    <Group component="li" key={person.identity} gap="sm" justify="space-between" wrap="nowrap">
      <Text size="sm" fw={600}>
        {name(person)}
      </Text>
      <Button
        size="compact-sm"
        variant={canSpeak ? 'filled' : 'default'}
        loading={giveWord.isPending && giveWord.variables.userId === person.identity}
        onClick={() => giveWord.mutate({ userId: person.identity, canSpeak })}
      >
        {canSpeak ? t('calls.speakers.give', { name: name(person) }) : t('calls.speakers.take', { name: name(person) })}
      </Button>
    </Group>
  );
  const list = { listStyle: 'none', margin: 0, padding: 0 };

  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t('calls.speakers.heading')}
      </Title>
      {hands.length === 0 ? (
        <Text size="sm">{t('calls.speakers.none')}</Text>
      ) : (
        <Stack component="ul" gap={6} style={list} aria-labelledby={headingId}>
          {hands.map((person) => row(person, true))}
        </Stack>
      )}
      {speakers.length > 0 && (
        <>
          <Text size="sm" fw={700} id={speakersId}>
            {t('calls.speakers.speakingNow')}
          </Text>
          <Stack component="ul" gap={6} style={list} aria-labelledby={speakersId}>
            {speakers.map((person) => row(person, false))}
          </Stack>
        </>
      )}
      {giveWord.isError && (
        <Alert color="red" role="alert" p="xs">
          {errorMessage(t, giveWord.error)}
        </Alert>
      )}
    </Stack>
  );
}
