import type { Cafe } from '@leernetwerk/shared';
import { Alert, Card, Group, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
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
import classes from './TableView.module.css';

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
  // Phones get a compact card: it stays on screen above the tablecloth, so it must leave room to write.
  const phone = useMediaQuery('(max-width: 47.99em)') ?? false;
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
      {/* Sticky: while someone scrolls down and writes on the tablecloth, the clock and the question stay in view. */}
      <Card withBorder padding={phone ? 'sm' : 'lg'} radius="md" className={classes.focus} data-table-focus>
        <Stack gap={phone ? 'xs' : 'md'}>
          <Group justify="space-between" align="flex-start" gap="xs">
            <Stack gap={0}>
              <Title order={2} size={phone ? 'h4' : undefined} ref={headingRef} tabIndex={-1}>
                {t('cafes.table.yourTable', { number })}
              </Title>
              <Text c="dimmed" size={phone ? 'sm' : undefined}>
                {t('cafes.round', { round: cafe.round, rounds: cafe.rounds })}
              </Text>
            </Stack>
            <Countdown timer={cafe.timer} clockOffsetMs={clockOffsetMs} size={phone ? 'md' : 'lg'} />
          </Group>
          <TablePrompt table={table} size={phone ? 'md' : 'lg'} />
        </Stack>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <TableMembers cafe={cafe} seated={seated} meId={meId} />
        {statementId && cafe.conversationId && (
          <TableVote conversationId={cafe.conversationId} statementId={statementId} />
        )}
      </SimpleGrid>
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
