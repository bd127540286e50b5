import type { UpdateConversationRequest } from '@leernetwerk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { conversationKeys, conversationsApi } from './conversationsApi';
import { withConversation } from './detailCache';
import { useUpdateDetail } from './useUpdateDetail';

/** Facilitator controls: open/close, moderation mode, proposals, voting phase. */
export function useUpdateConversation(conversationId: string) {
  const queryClient = useQueryClient();
  const updateDetail = useUpdateDetail(conversationId);
  return useMutation({
    mutationFn: (body: UpdateConversationRequest) => conversationsApi.update(conversationId, body),
    onSuccess: (conversation) => {
      updateDetail((detail) => withConversation(detail, conversation));
      void queryClient.invalidateQueries({ queryKey: conversationKeys.list });
    },
  });
}
