import type { Cafe } from '@leernetwerk/shared';
import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DeviceCheck } from '../calls/DeviceCheck';
import { CafeCall } from './CafeCall';
import { LobbyPresence } from './LobbyPresence';

/** The waiting room for a participant: a check of camera and microphone, the plenary call, who is here. */
export function LobbyView({ cafe, meId }: { cafe: Cafe; meId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={720}>
      <Alert color="blue" title={t('cafes.lobby.heading')}>
        {t('cafes.lobby.waiting')}
      </Alert>
      <DeviceCheck />
      <CafeCall cafe={cafe} meId={meId} />
      <LobbyPresence cafe={cafe} meId={meId} />
    </Stack>
  );
}
