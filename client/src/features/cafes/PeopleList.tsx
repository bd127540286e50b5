import type { CafeParticipant } from '@leernetwerk/shared';
import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PresenceDot } from './PresenceDot';

interface PeopleListProps {
  people: CafeParticipant[];
  present: readonly string[];
  /** Id of the heading that names the list. */
  labelledBy: string;
  hostId?: string | null;
  meId?: string;
  /** Something after each person, e.g. the facilitator's move control. */
  extra?: (person: CafeParticipant) => ReactNode;
}

/** People with their organisation, whether they are connected, and who hosts the table. */
export function PeopleList({ people, present, labelledBy, hostId, meId, extra }: PeopleListProps) {
  const { t } = useTranslation();
  return (
    <Stack gap={8} component="ul" aria-labelledby={labelledBy} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {people.map((person) => (
        <li key={person.id}>
          <Group gap="xs" wrap="nowrap" align="center">
            <PresenceDot present={present.includes(person.id)} />
            <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
              <Group gap={6}>
                <Text fw={600} size="sm">
                  {person.name} {person.id === meId && t('cafes.table.you')}
                </Text>
                {person.id === hostId && (
                  <Badge size="sm" variant="outline" color="orange.9">
                    {t('cafes.table.host')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {person.organisationName}
              </Text>
            </Stack>
            {extra?.(person)}
          </Group>
        </li>
      ))}
    </Stack>
  );
}
