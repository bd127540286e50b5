import type { Cafe, SeatedTable } from '@leernetwerk/shared';
import { Stack, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { membersOf } from './cafeSeats';
import { PeopleList } from './PeopleList';

/** Who sits at the table this round, the host marked. */
export function TableMembers({ cafe, seated, meId }: { cafe: Cafe; seated: SeatedTable; meId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={3} size="h4" id={headingId}>
        {t('cafes.table.peopleHeading')}
      </Title>
      <PeopleList
        people={membersOf(cafe, seated)}
        present={cafe.present}
        labelledBy={headingId}
        hostId={seated.hostId}
        meId={meId}
      />
    </Stack>
  );
}
