import type { Statement } from '@leernetwerk/shared';
import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from './StatusBadge';

/** The viewer's own proposals that are not public (yet). */
export function MyPendingStatements({ statements }: { statements: Statement[] }) {
  const { t } = useTranslation();
  const mine = statements.filter((statement) => statement.mine && statement.status !== 'published');
  if (mine.length === 0) return null;
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('statements.propose.mine')}</Text>
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {mine.map((statement) => (
          <Paper component="li" key={statement.id} withBorder p="sm">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text style={{ overflowWrap: 'anywhere' }}>{statement.text}</Text>
              <StatusBadge status={statement.status} />
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
