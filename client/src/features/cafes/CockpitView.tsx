import type { Cafe } from '@leernetwerk/shared';
import { Card, SimpleGrid, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BroadcastForm } from './BroadcastForm';
import { CafeControls } from './CafeControls';
import { currentTables } from './cafeSeats';
import { FacilitatorCall } from './FacilitatorCall';
import { LobbyHosts } from './LobbyHosts';
import { LobbyPresence } from './LobbyPresence';
import { TableOverviewCard } from './TableOverviewCard';
import { TableUseNote } from './TableUseNote';

interface CockpitViewProps {
  cafe: Cafe;
  meId: string;
  clockOffsetMs: number;
}

/**
 * The facilitator's control room: steps and clock, a message to all, the plenary call (or a visit
 * to one table's call), who is here, and every table at a glance.
 */
export function CockpitView({ cafe, meId, clockOffsetMs }: CockpitViewProps) {
  const { t } = useTranslation();
  const [chosenVisit, setVisit] = useState<number | null>(null);
  const seated = currentTables(cafe);
  const live = cafe.state === 'lobby' || cafe.state === 'running';
  // Tables only have calls while a round runs; after that the facilitator is back in the plenary.
  const visit = cafe.state === 'running' ? chosenVisit : null;
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="cockpit-heading">
        <Stack gap="md">
          <Title order={2} id="cockpit-heading">
            {t('cafes.cockpit.heading')}
          </Title>
          <CafeControls cafe={cafe} clockOffsetMs={clockOffsetMs} />
          {live && <BroadcastForm cafeId={cafe.id} />}
        </Stack>
      </Card>
      <FacilitatorCall cafe={cafe} meId={meId} visit={visit} onBack={() => setVisit(null)} />
      {cafe.state === 'lobby' && <LobbyPresence cafe={cafe} />}
      {cafe.state === 'lobby' && <TableUseNote cafe={cafe} />}
      {cafe.state === 'lobby' && <LobbyHosts cafe={cafe} />}
      {cafe.state === 'running' && (
        <Stack component="section" aria-labelledby="tables-heading" gap="sm">
          <Title order={2} id="tables-heading">
            {t('cafes.cockpit.tablesHeading')}
          </Title>
          <TableUseNote cafe={cafe} />
          <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
            {cafe.tables.map((table) => (
              <TableOverviewCard
                key={table.table}
                cafe={cafe}
                table={table}
                seated={seated.find((s) => s.table === table.table)}
                visiting={visit === table.table}
                onVisit={() => setVisit(table.table)}
              />
            ))}
          </SimpleGrid>
        </Stack>
      )}
    </Stack>
  );
}
