import type { Cafe } from '@leernetwerk/shared';
import { Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PeopleList } from './PeopleList';

/** Who came into the café and is connected now; the next round seats only them. */
export function LobbyPresence({ cafe, meId }: { cafe: Cafe; meId?: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const here = cafe.participants.filter((person) => cafe.present.includes(person.id));
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={2} size="h3" id={headingId}>
        {t('cafes.lobby.presentHeading', { count: here.length })}
      </Title>
      {here.length === 0 ? (
        <Text>{t('cafes.lobby.nobody')}</Text>
      ) : (
        <PeopleList people={here} present={cafe.present} labelledBy={headingId} meId={meId} />
      )}
    </Stack>
  );
}
