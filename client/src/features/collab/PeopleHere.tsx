import { Box, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from './collabDocuments';

interface PeopleHereProps {
  people: readonly Person[];
}

/** Who else has the document open now, each with the colour of their caret. */
export function PeopleHere({ people }: PeopleHereProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        {t('collab.peopleHeading')}
      </Title>
      {people.length === 0 ? (
        <Text size="sm">{t('collab.onlyYou')}</Text>
      ) : (
        <Stack gap={6} component="ul" aria-labelledby={headingId} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {people.map((person) => (
            <Group key={person.clientId} gap="xs" component="li" wrap="nowrap">
              <Box aria-hidden w={12} h={12} style={{ borderRadius: '50%', background: person.color, flexShrink: 0 }} />
              <Text size="sm">{person.name}</Text>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
