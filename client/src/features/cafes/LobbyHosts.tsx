import type { Cafe } from '@leernetwerk/shared';
import { NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { tableNumber } from './cafeSeats';
import { cafesApi } from './cafesApi';
import { useCafeChange } from './useCafeChange';

const AUTOMATIC = '';

/** In the lobby the facilitator picks a host per table from who is here, or leaves it to the café. */
export function LobbyHosts({ cafe }: { cafe: Cafe }) {
  const { t } = useTranslation();
  const headingId = useId();
  const change = useCafeChange(cafe.id, (tables: Parameters<typeof cafesApi.setHosts>[1]) =>
    cafesApi.setHosts(cafe.id, tables),
  );
  const here = cafe.participants.filter((person) => cafe.present.includes(person.id));
  const chooseHost = (table: number, hostId: string | null) =>
    change.mutate(
      cafe.tables.map((t) => ({
        prompt: t.prompt,
        // One person hosts one table: choosing them here frees them elsewhere.
        hostId: t.table === table ? hostId : t.hostId === hostId ? null : t.hostId,
      })),
    );
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Title order={2} size="h3" id={headingId}>
        {t('cafes.cockpit.hostsHeading')}
      </Title>
      <Text size="sm">{t('cafes.cockpit.hostsHint')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
        {cafe.tables.map((table) => (
          <NativeSelect
            key={table.table}
            label={t('cafes.cockpit.hostLabel', { number: tableNumber(table.table) })}
            value={table.hostId ?? AUTOMATIC}
            disabled={change.isPending}
            onChange={(event) => chooseHost(table.table, event.currentTarget.value || null)}
            data={[
              { value: AUTOMATIC, label: t('cafes.cockpit.hostAutomatic') },
              ...here.map((person) => ({ value: person.id, label: `${person.name} (${person.organisationName})` })),
            ]}
          />
        ))}
      </SimpleGrid>
      {change.error && (
        <Text c="red.8" role="alert">
          {errorMessage(t, change.error)}
        </Text>
      )}
    </Stack>
  );
}
