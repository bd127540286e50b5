import type { BottleneckSummary } from '@leernetwerk/shared';
import { Anchor, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ageInDays } from './bottleneckFilters';
import { StatusBadge } from './StatusBadge';

/** The top of the ranking as a table: most organisations affected first, as the server ranked it. */
export function RankedTable({ ranked, caption }: { ranked: BottleneckSummary[]; caption: string }) {
  const { t } = useTranslation();
  // Ages are counted from when the page opened; a day's drift does not matter for a ranking.
  const [now] = useState(() => Date.now());
  if (ranked.length === 0) return <Text c="dimmed">{t('bottlenecks.dashboard.rankedEmpty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped withTableBorder captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('bottlenecks.dashboard.columns.rank')}</Table.Th>
            <Table.Th scope="col">{t('bottlenecks.dashboard.columns.title')}</Table.Th>
            <Table.Th scope="col">{t('bottlenecks.dashboard.columns.organisations')}</Table.Th>
            <Table.Th scope="col">{t('bottlenecks.dashboard.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('bottlenecks.dashboard.columns.technology')}</Table.Th>
            <Table.Th scope="col">{t('bottlenecks.dashboard.columns.pillar')}</Table.Th>
            <Table.Th scope="col">{t('bottlenecks.dashboard.columns.age')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ranked.map((bottleneck, index) => (
            <Table.Tr key={bottleneck.id}>
              <Table.Td>{index + 1}</Table.Td>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/knelpunten/${bottleneck.id}`}>
                  {bottleneck.title}
                </Anchor>
              </Table.Th>
              <Table.Td>{bottleneck.organisationsAffected}</Table.Td>
              <Table.Td>
                <StatusBadge status={bottleneck.status} />
              </Table.Td>
              <Table.Td>{bottleneck.technologyName ?? t('bottlenecks.dashboard.noTechnology')}</Table.Td>
              <Table.Td>
                {bottleneck.pillar
                  ? t(`intervision.pillars.${bottleneck.pillar}`)
                  : t('bottlenecks.dashboard.noPillar')}
              </Table.Td>
              <Table.Td>{ageInDays(bottleneck.createdAt, now)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
