import type { BottleneckSource } from '@leernetwerk/shared';
import { Blockquote, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Tells the reporter where this report comes from, with the tablecloth text they selected. */
export function ReportSourceNote({ source, title }: { source: BottleneckSource; title?: string }) {
  const { t } = useTranslation();
  switch (source.kind) {
    case 'standalone':
      return null;
    case 'meeting':
      return (
        <Text fw={600}>
          {t('bottlenecks.form.fromMeeting')}
          {title && `: ${title}`}
        </Text>
      );
    case 'cafe':
      return (
        <Stack gap={4}>
          <Text fw={600}>{t('bottlenecks.form.fromCafe', { table: source.table + 1, round: source.round })}</Text>
          <Blockquote p="sm" aria-label={t('bottlenecks.form.excerpt')} style={{ whiteSpace: 'pre-wrap' }}>
            {source.excerpt}
          </Blockquote>
        </Stack>
      );
    default: {
      const unhandled: never = source;
      return unhandled;
    }
  }
}
