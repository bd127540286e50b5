import type { Cafe } from '@leernetwerk/shared';
import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LobbyPresence } from './LobbyPresence';

/** The waiting room for a participant: who is here, and that the facilitator starts soon. */
export function LobbyView({ cafe, meId }: { cafe: Cafe; meId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={720}>
      <Alert color="blue" title={t('cafes.lobby.heading')}>
        {t('cafes.lobby.waiting')}
      </Alert>
      <LobbyPresence cafe={cafe} meId={meId} />
    </Stack>
  );
}
