import type { CafeTable } from '@leernetwerk/shared';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The statement or question a table talks about, large. */
export function TablePrompt({ table, size = 'lg' }: { table: CafeTable; size?: 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600} c="dimmed" tt="uppercase">
        {t(table.prompt.kind === 'statement' ? 'cafes.table.statement' : 'cafes.table.question')}
      </Text>
      <Text fz={size === 'lg' ? { base: 'xl', sm: 26 } : 'lg'} fw={700} lh={1.3} style={{ whiteSpace: 'pre-wrap' }}>
        {table.promptText}
      </Text>
    </Stack>
  );
}
