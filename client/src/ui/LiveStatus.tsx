import { Box, Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LiveStatus as Status } from '../lib/socket/liveSocket';
import { useLiveStatus } from '../lib/socket/useLiveStatus';
import classes from './LiveStatus.module.css';

const DOT_COLOUR: Record<Exclude<Status, 'idle'>, string> = {
  connecting: 'var(--mantine-color-gray-6)',
  connected: 'var(--mantine-color-green-8)',
  reconnecting: 'var(--mantine-color-orange-8)',
  offline: 'var(--mantine-color-red-8)',
};

/**
 * A small live-connection indicator; the words, not only the colour, carry the state. On a phone the
 * word "Verbonden" is left to screen readers to keep the header to one row; any trouble is written out.
 */
export function LiveStatus() {
  const { t } = useTranslation();
  const status = useLiveStatus();
  if (status === 'idle') return null;
  return (
    <Group gap={6} role="status" wrap="nowrap" className={classes.status} data-status={status}>
      <Box aria-hidden w={10} h={10} style={{ borderRadius: '50%', background: DOT_COLOUR[status] }} />
      <Text size="sm" c="dimmed" className={classes.words}>
        <VisuallyHidden>{t('live.srPrefix')} </VisuallyHidden>
        {t(`live.${status}`)}
      </Text>
    </Group>
  );
}
