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
  const [index, setIndex] = useState(() => Math.max(firstOpen, 0));
  const [finished, setFinished] = useState(() => statements.length > 0 && firstOpen === -1);
  const textRef = useRef<HTMLParagraphElement>(null);
  const moved = useRef(false);
  const open = detail.status === 'open';
  const current = statements[Math.min(index, statements.length - 1)];
  const canPropose = open && (detail.allowProposals || moderator);

  // Keyboard and screen-reader users land on the new statement's text, but not on the first render.
  useEffect(() => {
    if (moved.current) textRef.current?.focus();
  }, [index, finished]);

  const goTo = useCallback((next: number) => {
    moved.current = true;
    setFinished(false);
    setIndex(next);
  }, []);

  const onVoted = useCallback(() => {
    moved.current = true;
    if (index < statements.length - 1) return setIndex(index + 1);
    setFinished(true);
  }, [index, statements.length]);

  return (
    <Stack gap="xl">
      <VisuallyHidden component="h2">{t('statements.tabs.vote')}</VisuallyHidden>
      {statements.length === 0 || !current ? (
        <Text>{t('statements.noStatements')}</Text>
      ) : finished ? (
        <AllVotedPanel onShowResults={onShowResults} onReview={() => goTo(0)} />
      ) : (
        <Stack gap="md">
          <Group justify="space-between" align="center">
            <Text fw={600} aria-live="polite">
              {t('statements.vote.progress', { current: index + 1, total: statements.length })}
            </Text>
            <Progress
              value={((index + 1) / statements.length) * 100}
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
            <Button variant="default" disabled={index === 0} onClick={() => goTo(index - 1)}>
              {t('statements.vote.previous')}
            </Button>
            <Button
              variant="default"
              onClick={() => (index < statements.length - 1 ? goTo(index + 1) : setFinished(true))}
              disabled={index === statements.length - 1 && statements.some((s) => !s.myVote[phase])}
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
