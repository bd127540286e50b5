import type { VotePhase, VoteValue } from '@leernetwerk/shared';
import { useMutation } from '@tanstack/react-query';
import { conversationsApi } from './conversationsApi';
import { withOwnVote } from './detailCache';
import { useUpdateDetail } from './useUpdateDetail';

export interface CastVote {
  statementId: string;
  value: VoteValue;
  phase: VotePhase;
  reason?: string;
  /** The voter said the work number or e-mail in the reason is their own. */
  confirmPersonalData?: boolean;
}

/** Casts or changes a vote; the answer holds our vote, the new tally arrives live (`statement:tallies`). */
export function useVote(conversationId: string) {
  const updateDetail = useUpdateDetail(conversationId);
  return useMutation({
    mutationFn: ({ statementId, value, phase, reason, confirmPersonalData }: CastVote) =>
      conversationsApi.vote(statementId, {
        value,
        phase,
        ...(reason ? { reason } : {}),
        ...(confirmPersonalData ? { confirmPersonalData } : {}),
      }),
    onSuccess: (answer) => updateDetail((detail) => withOwnVote(detail, answer)),
  });
}
