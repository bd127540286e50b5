import { Button, Group, Text } from '@mantine/core';
import { useLocalParticipantPermissions } from '@livekit/components-react';
import { useTranslation } from 'react-i18next';
import { useFloor } from './useFloor';

/** For a listener in the plenary: raise a hand, and hear in words when the word is given or taken back. */
export function RaiseHand() {
  const { t } = useTranslation();
  const { handUp, setHand, change } = useFloor();
  const canPublish = useLocalParticipantPermissions()?.canPublish ?? false;
  return (
    <Group gap="sm" align="center">
      {!canPublish && (
        <Button
          aria-pressed={handUp}
          variant={handUp ? 'filled' : 'default'}
          color="yellow.9"
          onClick={() => setHand(!handUp)}
        >
          {t('calls.hand.raise')}
        </Button>
      )}
      <Text size="sm" role="status">
        {handUp && !canPublish ? t('calls.hand.raised') : change ? t(`calls.hand.${change}`) : ''}
      </Text>
    </Group>
  );
}
