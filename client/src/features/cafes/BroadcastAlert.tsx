import type { Cafe } from '@leernetwerk/shared';
import { Alert, Box } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The facilitator's latest message to all tables. The live region is always there, so a new
 * message is read out at once; closing it hides it until the next one.
 */
export function BroadcastAlert({ cafe }: { cafe: Cafe }) {
  const { t } = useTranslation();
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const message = cafe.lastBroadcast;
  const show = message !== null && message.at !== dismissedAt && ['lobby', 'running'].includes(cafe.state);
  return (
    <Box aria-live="assertive" aria-atomic>
      {show && (
        <Alert
          color="orange.9"
          variant="filled"
          title={t('cafes.broadcast.heading')}
          withCloseButton
          closeButtonLabel={t('cafes.broadcast.dismiss')}
          onClose={() => setDismissedAt(message.at)}
        >
          <span style={{ whiteSpace: 'pre-wrap' }}>{message.text}</span>
        </Alert>
      )}
    </Box>
  );
}
