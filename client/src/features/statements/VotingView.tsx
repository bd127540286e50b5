import type { ConversationDetail } from '@leernetwerk/shared';
import { Button, Group, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AllVotedPanel } from './AllVotedPanel';
import { MyPendingStatements } from './MyPendingStatements';
import { ProposalForm } from './ProposalForm';
import { RepliesSection } from './RepliesSection';
import { StatementVoteCard } from './StatementVoteCard';

interface VotingViewProps {
  detail: ConversationDetail;
  moderator: boolean;
  onShowResults: () => void;
}

/** One published statement at a time, with previous/next, and a closing message after the last. */
export function VotingView({ detail, moderator, onShowResults }: VotingViewProps) {
  const { t } = useTranslation();
  const phase = detail.votingPhase;
  const statements = detail.statements.filter((statement) => statement.status === 'published');
  const firstOpen = statements.findIndex((statement) => !statement.myVote[phase]);
  const remaining = statements.filter((statement) => !statement.myVote[phase]).length;
  const [index, setIndex] = useState(() => Math.max(firstOpen, 0));
  const [finished, setFinished] = useState(() => statements.length > 0 && firstOpen === -1);
  const textRef = useRef<HTMLParagraphElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const open = detail.status === 'open';
  // Past the last statement: the closing message, unless one is still open (e.g. a new one arrived live).
  const done = finished && firstOpen === -1;
  const shown = finished && firstOpen !== -1 ? firstOpen : Math.min(index, statements.length - 1);
  const current = statements[shown];
  const canPropose = open && (detail.allowProposals || moderator);

  // Keyboard and screen-reader users land on the new statement's text, but not on the first render.
  useEffect(() => {
    if (moved.current) (done ? doneRef : textRef).current?.focus();
  }, [shown, done]);

  const goTo = useCallback((next: number) => {
    moved.current = true;
    setFinished(false);
    setIndex(next);
  }, []);

  const onVoted = useCallback(() => {
    if (shown < statements.length - 1) return goTo(shown + 1);
    moved.current = true;
    setFinished(true);
  }, [goTo, shown, statements.length]);

  return (
    <Stack gap="xl">
      <VisuallyHidden component="h2">{t('statements.tabs.vote')}</VisuallyHidden>
      {statements.length === 0 || !current ? (
        <Text>{t('statements.noStatements')}</Text>
      ) : done ? (
        <AllVotedPanel ref={doneRef} onShowResults={onShowResults} onReview={() => goTo(0)} />
      ) : (
        <Stack gap="md">
          <Group justify="space-between" align="center">
            <Stack gap={0}>
              <Text fw={600} aria-live="polite">
                {t('statements.vote.progress', { current: shown + 1, total: statements.length })}
              </Text>
              {remaining > 0 && (
                <Text size="sm" data-testid="statements-remaining">
                  {t('statements.vote.remaining', { count: remaining })}
                </Text>
              )}
            </Stack>
            <Progress
              value={((shown + 1) / statements.length) * 100}
              w={{ base: 120, sm: 240 }}
              aria-hidden
              size="md"
            />
          </Group>
          <StatementVoteCard
            key={`${current.id}:${phase}`}
            conversation={detail}
            statement={current}
            textRef={textRef}
            onVoted={onVoted}
          />
          <Group justify="space-between">
            <Button variant="default" disabled={shown === 0} onClick={() => goTo(shown - 1)}>
              {t('statements.vote.previous')}
            </Button>
            <Button
              variant="default"
              onClick={() => (shown < statements.length - 1 ? goTo(shown + 1) : setFinished(true))}
              disabled={shown === statements.length - 1 && firstOpen !== -1}
            >
              {t('statements.vote.next')}
            </Button>
          </Group>
          <RepliesSection
            conversationId={detail.id}
            statement={current}
            moderation={detail.moderation}
            moderator={moderator}
            open={open}
          />
        </Stack>
      )}
      {canPropose && <ProposalForm conversation={detail} moderator={moderator} />}
      <MyPendingStatements statements={detail.statements} />
    </Stack>
  );
}
