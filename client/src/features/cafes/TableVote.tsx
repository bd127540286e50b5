import type { VotePhase, VoteValue } from '@leernetwerk/shared';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useConversation } from '../statements/useConversation';
import { useVote } from '../statements/useVote';
import { VOTE_COLOUR, VOTE_VALUES } from '../statements/VoteButtons';

const PHASES: readonly VotePhase[] = ['before', 'after'];

interface TableVoteProps {
  conversationId: string;
  statementId: string;
}

/** The quick Eens / Oneens / Pas on the table's statement: once before the talk, once after. */
export function TableVote({ conversationId, statementId }: TableVoteProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const detail = useConversation(conversationId);
  const vote = useVote(conversationId);
  const myVote = detail.data?.statements.find((s) => s.id === statementId)?.myVote;
  const pending = vote.isPending ? vote.variables : null;

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} size="h4" id={headingId}>
        {t('cafes.vote.heading')}
      </Title>
      {PHASES.map((phase) => {
        const selected: VoteValue | null = myVote?.[phase]?.value ?? null;
        return (
          <Stack key={phase} gap={4}>
            <Text size="sm" fw={600} id={`${headingId}-${phase}`}>
              {t(`cafes.vote.${phase}`)}
            </Text>
            <Group gap="xs" role="group" aria-labelledby={`${headingId}-${phase}`}>
              {VOTE_VALUES.map((value) => (
                <Button
                  key={value}
                  size="sm"
                  color={VOTE_COLOUR[value]}
                  variant={selected === value ? 'filled' : 'outline'}
                  aria-pressed={selected === value}
                  loading={pending?.phase === phase && pending.value === value}
                  disabled={detail.isPending}
                  onClick={() => vote.mutate({ statementId, value, phase })}
                >
                  {t(`statements.vote.${value}`)}
                </Button>
              ))}
            </Group>
          </Stack>
        );
      })}
      {vote.isError && (
        <Alert color="red" role="alert" p="xs">
          {t('cafes.vote.failed')}
        </Alert>
      )}
    </Stack>
  );
}
