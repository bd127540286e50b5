import type { Cafe } from '@leernetwerk/shared';
import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CockpitView } from './CockpitView';
import { DraftSetup } from './DraftSetup';
import { HarvestView } from './HarvestView';
import { LeaveCafe } from './LeaveCafe';
import { LobbyView } from './LobbyView';
import { TableView } from './TableView';

interface CafeBodyProps {
  cafe: Cafe;
  meId: string;
  facilitator: boolean;
  clockOffsetMs: number;
}

/** What a person sees of the café in its current state: the cockpit, the lobby, their table, or the harvest. */
export function CafeBody({ cafe, meId, facilitator, clockOffsetMs }: CafeBodyProps) {
  const { t } = useTranslation();
  const harvest = cafe.state === 'harvest' || cafe.state === 'closed';
  if (facilitator) {
    return (
      <Stack gap="xl">
        {cafe.state !== 'closed' && <CockpitView cafe={cafe} meId={meId} clockOffsetMs={clockOffsetMs} />}
        {cafe.state === 'draft' && <DraftSetup cafe={cafe} />}
        {harvest && <HarvestView cafe={cafe} meId={meId} facilitator />}
      </Stack>
    );
  }
  switch (cafe.state) {
    case 'draft':
      return <Alert color="blue">{t('cafes.notOpen')}</Alert>;
    case 'lobby':
    case 'running':
      return (
        <Stack gap="xl">
          {cafe.state === 'lobby' ? (
            <LobbyView cafe={cafe} meId={meId} />
          ) : (
            <TableView cafe={cafe} meId={meId} clockOffsetMs={clockOffsetMs} />
          )}
          <LeaveCafe cafeId={cafe.id} />
        </Stack>
      );
    case 'harvest':
    case 'closed':
      return <HarvestView cafe={cafe} meId={meId} facilitator={false} />;
  }
}
