import { cafeDocuments, type Cafe } from '@leernetwerk/shared';
import { Card, SimpleGrid, Stack, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { tableNumber } from './cafeSeats';
import { TableclothPreview } from './TableclothPreview';
import { TablePrompt } from './TablePrompt';
import { TableVotesSummary } from './TableVotesSummary';

/** Every table's tablecloth side by side, with its statement and the votes before and after. */
export function HarvestTablecloths({ cafe }: { cafe: Cafe }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={2} id={headingId}>
        {t('cafes.harvest.tableclothsHeading')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
        {cafe.tables.map((table) => {
          const number = tableNumber(table.table);
          return (
            <Card key={table.table} withBorder padding="md" radius="md">
              <Stack gap="sm">
                <Title order={3} size="h4">
                  {t('cafes.table.name', { number })}
                </Title>
                <TablePrompt table={table} size="md" />
                {table.prompt.kind === 'statement' && cafe.conversationId && (
                  <TableVotesSummary conversationId={cafe.conversationId} statementId={table.prompt.statementId} />
                )}
                <TableclothPreview
                  docId={cafeDocuments.tablecloth(cafe.id, table.table)}
                  label={t('cafes.table.tablecloth', { number })}
                />
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
