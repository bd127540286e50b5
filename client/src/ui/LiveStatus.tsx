import { Box, Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveStatus as Status } from '../lib/socket/liveSocket';
import { useLiveStatus } from '../lib/socket/useLiveStatus';

const DOT_COLOUR: Record<Exclude<Status, 'idle'>, string> = {
  connecting: 'var(--mantine-color-gray-6)',
  connected: 'var(--mantine-color-green-8)',
  reconnecting: 'var(--mantine-color-orange-8)',
  offline: 'var(--mantine-color-red-8)',
};

/** A small live-connection indicator; the words, not only the colour, carry the state. */
export function LiveStatus() {
  const { t } = useTranslation();
  const status = useLiveStatus();
  if (status === 'idle') return null;
  return (
    <Group gap={6} role="status" wrap="nowrap">
      <Box aria-hidden w={10} h={10} style={{ borderRadius: '50%', background: DOT_COLOUR[status] }} />
      <Text size="sm" c="dimmed">
        <VisuallyHidden>{t('live.srPrefix')} </VisuallyHidden>
        {t(`live.${status}`)}
      </Text>
    </Group>
  );
}
