import { Box, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartRow } from './chartData';

interface CountChartProps {
  title: string;
  rows: ChartRow[];
}

/** Horizontal CSS bars with a spoken summary, and the same numbers as a real table on request. */
export function CountChart({ title, rows }: CountChartProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const items = rows.map(({ label, count }) => t('bottlenecks.dashboard.chartItem', { label, count })).join(', ');
  const summary = t('bottlenecks.dashboard.chartSummary', {
    title,
    items: items || t('bottlenecks.dashboard.chartEmpty'),
  });

  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h5" id={headingId}>
        {title}
      </Title>
      <Box role="img" aria-label={summary}>
        {rows.length === 0 && <Text c="dimmed">{t('bottlenecks.dashboard.chartEmpty')}</Text>}
        {rows.map((row) => (
          <Group key={row.key} gap="xs" wrap="nowrap" mb={4}>
            <Text size="sm" w={160} truncate="end" title={row.label}>
              {row.label}
            </Text>
            <Box flex={1} h={14} bg="gray.1" style={{ borderRadius: 4 }}>
              <Box h="100%" w={`${row.share * 100}%`} bg="blue.8" style={{ borderRadius: 4 }} />
            </Box>
            <Text size="sm" w={40} ta="right" fw={600}>
              {row.count}
            </Text>
          </Group>
        ))}
      </Box>
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? t('bottlenecks.dashboard.hideTable') : t('bottlenecks.dashboard.showTable')}
        </Button>
      </Group>
      <Box id={tableId} hidden={!showTable}>
        {showTable && (
          <Table withTableBorder captionSide="top">
            <Table.Caption>{title}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('bottlenecks.dashboard.category')}</Table.Th>
                <Table.Th scope="col">{t('bottlenecks.dashboard.count')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key}>
                  <Table.Th scope="row" fw={400}>
                    {row.label}
                  </Table.Th>
                  <Table.Td>{row.count}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Box>
    </Stack>
  );
}
