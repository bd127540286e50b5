import type { VoteTally } from '@leernetwerk/shared';
import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VOTE_COLOUR, VOTE_VALUES } from './VoteButtons';

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
            {t('statements.tally.summary', {
              agree: tally.agree,
              agreePct: percentage(tally.agree, total),
              disagree: tally.disagree,
              disagreePct: percentage(tally.disagree, total),
              pass: tally.pass,
              passPct: percentage(tally.pass, total),
            })}{' '}
            ({t('statements.tally.total', { count: total })})
          </Text>
        </>
      )}
    </Stack>
  );
}
