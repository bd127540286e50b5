import { VOTE_REASON_MAX_LENGTH, type Conversation, type Statement, type VoteValue } from '@leernetwerk/shared';
import { Alert, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useCallback, useEffect, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { ConfirmWorkContact } from '../privacy/ConfirmWorkContact';
import { ReportButton } from './ReportButton';
import { TallyBar } from './TallyBar';
import { VoteButtons } from './VoteButtons';
import { useGuardedFieldErrors } from './useGuardedFieldErrors';
import { useVote } from './useVote';
import { useVoteShortcuts } from './useVoteShortcuts';

interface StatementVoteCardProps {
  conversation: Conversation;
  statement: Statement;
  textRef: Ref<HTMLParagraphElement>;
  onVoted: () => void;
}

/** How long the card shows the choice as taken before the next statement comes. */
export const CHOICE_SHOWN_MS = 1200;

/** One statement, large, with the three vote buttons, an optional reason and the live tally. */
export function StatementVoteCard({ conversation, statement, textRef, onVoted }: StatementVoteCardProps) {
  const { t } = useTranslation();
  const phase = conversation.votingPhase;
  const myVote = statement.myVote[phase];
  const open = conversation.status === 'open';
  const [reason, setReason] = useState(myVote?.reason ?? '');
  const vote = useVote(conversation.id);
  // A reason others read is guarded like any form text: a refusal lands at the reason, the vote waits.
  const { formRef, errors, clear, privacy, clearAll, showServerError, unplaced } = useGuardedFieldErrors(vote.error, {
    reason: t('statements.vote.reasonInvalid', { max: VOTE_REASON_MAX_LENGTH }),
  });
  // The vote just stored: shown as taken for a moment, so the person sees it was counted.
  const [chosen, setChosen] = useState<VoteValue | null>(null);
  const advance = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(advance.current), []);

  const cast = useCallback(
    (value: VoteValue) => {
      if (vote.isPending || chosen !== null) return;
      clearAll();
      vote.mutate(
        { statementId: statement.id, value, phase, reason: reason.trim(), confirmPersonalData: privacy.confirmed },
        {
          onSuccess: () => {
            setChosen(value);
            advance.current = window.setTimeout(onVoted, CHOICE_SHOWN_MS);
          },
          onError: showServerError,
        },
      );
    },
    [vote, chosen, statement.id, phase, reason, privacy.confirmed, clearAll, showServerError, onVoted],
  );
  const selected = chosen ?? myVote?.value ?? null;
  useVoteShortcuts(cast, open);

  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} shadow="xs">
      <Stack gap="lg">
        <Text
          ref={textRef}
          tabIndex={-1}
          fz={{ base: 22, sm: 30 }}
          fw={600}
          lh={1.3}
          style={{ overflowWrap: 'anywhere' }}
        >
          {statement.text}
        </Text>
        {open ? (
          <>
            <VoteButtons
              selected={selected}
              disabled={vote.isPending}
              pendingValue={vote.isPending ? vote.variables.value : null}
              onVote={cast}
            />
            <Text size="sm" c="dimmed" visibleFrom="sm">
              {t('statements.vote.shortcutsHelp')}
            </Text>
            {/* A form only to hold the reason and its confirmation together; the buttons above vote. */}
            <form ref={formRef} onSubmit={(event) => event.preventDefault()} noValidate>
              <Stack gap="xs">
                <Textarea
                  name="reason"
                  label={t('statements.vote.reason')}
                  description={t('statements.charactersLeft', { count: VOTE_REASON_MAX_LENGTH - reason.length })}
                  value={reason}
                  maxLength={VOTE_REASON_MAX_LENGTH}
                  autosize
                  minRows={1}
                  onChange={(event) => {
                    setReason(event.currentTarget.value);
                    clear('reason');
                  }}
                  error={errors.reason}
                  errorProps={{ role: 'alert' }}
                />
                <ConfirmWorkContact
                  refusal={privacy.refusal}
                  checked={privacy.confirmed}
                  onChange={privacy.setConfirmed}
                />
              </Stack>
            </form>
          </>
        ) : null}
        {unplaced && (
          <Alert color="red" role="alert">
            {errorMessage(t, vote.error)}
          </Alert>
        )}
        <Text role="status" fw={500}>
          {chosen
            ? t('statements.vote.chosen', { value: t(`statements.vote.${chosen}`) })
            : myVote
              ? t('statements.vote.yourVote', { value: t(`statements.vote.${myVote.value}`) })
              : t('statements.vote.notVoted')}
        </Text>
        <TallyBar tally={statement.tally} label={t('statements.tally.heading')} />
        {open && !statement.mine && (
          <Group justify="flex-end">
            <ReportButton
              conversationId={conversation.id}
              target={{ kind: 'statement', id: statement.id }}
              moderation={conversation.moderation}
            />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
