import type { VoteValue } from '@leernetwerk/shared';
import { Button, Kbd, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VOTE_SHORTCUTS } from './useVoteShortcuts';

export const VOTE_VALUES: readonly VoteValue[] = ['agree', 'disagree', 'pass'];

export const VOTE_COLOUR: Record<VoteValue, string> = { agree: 'green.9', disagree: 'red.9', pass: 'gray.7' };

interface VoteButtonsProps {
  selected: VoteValue | null;
  disabled: boolean;
  pendingValue: VoteValue | null;
  onVote: (value: VoteValue) => void;
}

/** Three large buttons; the own vote is filled and pressed, the shortcut keys are shown on each. */
export function VoteButtons({ selected, disabled, pendingValue, onVote }: VoteButtonsProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={3} spacing="sm" role="group" aria-label={t('statements.vote.groupLabel')}>
      {VOTE_VALUES.map((value) => {
        const [digit, letter] = VOTE_SHORTCUTS[value];
        return (
          <Button
            key={value}
            size="xl"
            h={{ base: 72, sm: 88 }}
            px="xs"
            color={VOTE_COLOUR[value]}
            variant={selected === value ? 'filled' : 'outline'}
            aria-pressed={selected === value}
            aria-keyshortcuts={`${digit} ${letter?.toUpperCase() ?? ''}`.trim()}
            disabled={disabled}
            loading={pendingValue === value}
            onClick={() => onVote(value)}
          >
            <Stack gap={2} align="center">
              <Text component="span" fw={700} fz={{ base: 'lg', sm: 'xl' }} inherit>
                {t(`statements.vote.${value}`)}
              </Text>
              <Text component="span" size="xs" aria-hidden visibleFrom="sm" inherit>
                <Kbd size="xs">{digit}</Kbd>
              </Text>
            </Stack>
          </Button>
        );
      })}
    </SimpleGrid>
  );
}
