import type { VoteTally } from '@leernetwerk/shared';
import { Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useThrottledValue } from './useThrottledValue';
import { VOTE_COLOUR, VOTE_VALUES } from './VoteButtons';

const ANNOUNCE_INTERVAL_MS = 20_000;

export function percentage(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((part / total) * 100);
}

interface TallyBarProps {
  tally: VoteTally;
  label: string;
}

/** Counts as words (for everyone, screen readers included) and a coloured bar (decoration only). */
export function TallyBar({ tally, label }: TallyBarProps) {
  const { t } = useTranslation();
  const total = tally.agree + tally.disagree + tally.pass;
  const summary = t('statements.tally.summary', {
    agree: tally.agree,
    agreePct: percentage(tally.agree, total),
    disagree: tally.disagree,
    disagreePct: percentage(tally.disagree, total),
    pass: tally.pass,
    passPct: percentage(tally.pass, total),
  });
  // Screen readers hear how the votes move, but at most every 20 seconds in a busy room.
  const announced = useThrottledValue(total === 0 ? '' : summary, ANNOUNCE_INTERVAL_MS);
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      {total === 0 ? (
        <Text size="sm" c="dimmed">
          {t('statements.tally.none')}
        </Text>
      ) : (
        <>
          <Progress.Root size={18} aria-hidden>
            {VOTE_VALUES.map((value) => (
              <Progress.Section key={value} value={(tally[value] / total) * 100} color={VOTE_COLOUR[value]} />
            ))}
          </Progress.Root>
          <Text size="sm">
            {summary} ({t('statements.tally.total', { count: total })})
          </Text>
        </>
      )}
      <VisuallyHidden aria-live="polite">{announced}</VisuallyHidden>
    </Stack>
  );
}
