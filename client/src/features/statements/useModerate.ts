import { useMutation } from '@tanstack/react-query';
import { conversationsApi, type ModerationAction } from './conversationsApi';
import { withReply, withStatement } from './detailCache';
import { useUpdateDetail } from './useUpdateDetail';

export interface ModerationDecision {
  target: 'statement' | 'reply';
  id: string;
  action: ModerationAction;
}

/** A facilitator publishes or hides a statement or reply. */
export function useModerate(conversationId: string) {
  const updateDetail = useUpdateDetail(conversationId);
  return useMutation({
    mutationFn: async ({ target, id, action }: ModerationDecision) => {
      if (target === 'statement') {
        const statement = await conversationsApi.moderateStatement(id, action);
        updateDetail((detail) => withStatement(detail, statement, true));
      } else {
        const reply = await conversationsApi.moderateReply(id, action);
        updateDetail((detail) => withReply(detail, reply, true));
      }
    },
  });
}
