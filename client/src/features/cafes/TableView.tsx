import type { Cafe } from '@leernetwerk/shared';
import { Alert, Card, Grid, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { cafeDocuments } from '@leernetwerk/shared';
import { SharedDocument } from '../collab/SharedDocument';
import { CafeCall } from './CafeCall';
import { seatOf, tableNumber, tableOf } from './cafeSeats';
import { Countdown } from './Countdown';
import { ReportFromTablecloth } from './ReportFromTablecloth';
import { TableMembers } from './TableMembers';
import { TablePrompt } from './TablePrompt';
import { TableVote } from './TableVote';

interface TableViewProps {
  cafe: Cafe;
  meId: string;
  clockOffsetMs: number;
}

/** A participant's own table this round; it follows the seat when the round changes. */
export function TableView({ cafe, meId, clockOffsetMs }: TableViewProps) {
  const { t } = useTranslation();
  const hintId = useId();
  const clothHeadingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const seated = seatOf(cafe, meId);
  const table = seated ? tableOf(cafe, seated.table) : undefined;
  const seatKey = seated ? `${cafe.round}:${seated.table}` : null;

  // The old table's editor is gone; if focus was in it, it lands on the new table's heading.
  useEffect(() => {
    if (seatKey && (document.activeElement === document.body || document.activeElement === null)) {
      headingRef.current?.focus();
    }
  }, [seatKey]);

  if (!seated || !table) {
    return (
      <Stack gap="lg">
        <Alert color="blue">{t('cafes.table.noSeat')}</Alert>
        <CafeCall cafe={cafe} meId={meId} />
      </Stack>
    );
  }
  const number = tableNumber(seated.table);
  const statementId = table.prompt.kind === 'statement' ? table.prompt.statementId : null;
  const isHost = seated.hostId === meId;

  return (
    <Stack gap="lg">
      <VisuallyHidden aria-live="polite">{t('cafes.table.movedTo', { number })}</VisuallyHidden>
      {cafe.inPlenary && (
        <Alert color="blue" role="status">
          {t('cafes.table.inPlenary')}
        </Alert>
      )}
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card withBorder padding="lg" radius="md" h="100%">
            <Stack gap="md">
              <Group justify="space-between" align="flex-start">
                <Stack gap={2}>
                  <Title order={2} ref={headingRef} tabIndex={-1}>
                    {t('cafes.table.yourTable', { number })}
                  </Title>
                  <Text c="dimmed">{t('cafes.round', { round: cafe.round, rounds: cafe.rounds })}</Text>
                </Stack>
                <Countdown timer={cafe.timer} clockOffsetMs={clockOffsetMs} />
              </Group>
              <TablePrompt table={table} />
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <TableMembers cafe={cafe} seated={seated} meId={meId} />
            {statementId && cafe.conversationId && (
              <TableVote conversationId={cafe.conversationId} statementId={statementId} />
            )}
          </Stack>
        </Grid.Col>
      </Grid>
      <CafeCall cafe={cafe} meId={meId} />
      <Stack gap="xs" component="section" aria-labelledby={clothHeadingId}>
        <Title order={3} size="h4" id={clothHeadingId}>
          {t('cafes.table.tablecloth', { number })}
        </Title>
        <Text size="sm" id={hintId}>
          {t('cafes.table.tableclothIntro')}
        </Text>
        {isHost && (
          <Alert color="orange.9" variant="light" p="xs">
            {t('cafes.table.hostHint')}
          </Alert>
        )}
        <SharedDocument
          key={seated.table}
          docId={cafeDocuments.tablecloth(cafe.id, seated.table)}
          label={t('cafes.table.tablecloth', { number })}
          describedBy={hintId}
        />
        <ReportFromTablecloth cafeId={cafe.id} table={seated.table} round={cafe.round} />
      </Stack>
    </Stack>
  );
}
