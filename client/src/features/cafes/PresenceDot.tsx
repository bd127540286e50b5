import { Box, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Whether a person is connected now: a dot for the eye, a word for screen readers. */
export function PresenceDot({ present }: { present: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Box
        aria-hidden
        w={10}
        h={10}
        style={{
          borderRadius: '50%',
          flexShrink: 0,
          background: present ? 'var(--mantine-color-green-8)' : 'transparent',
          border: `2px solid ${present ? 'var(--mantine-color-green-8)' : 'var(--mantine-color-gray-6)'}`,
        }}
      />
      <VisuallyHidden>{t(present ? 'cafes.presence.here' : 'cafes.presence.away')}</VisuallyHidden>
    </>
  );
}
