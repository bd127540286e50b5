import type { ProposeReplyRequest } from '@leernetwerk/shared';
import { useMutation } from '@tanstack/react-query';
import { conversationsApi } from './conversationsApi';
import { withReply } from './detailCache';
import { useUpdateDetail } from './useUpdateDetail';

export function useAddReply(conversationId: string, statementId: string, moderator: boolean) {
  const updateDetail = useUpdateDetail(conversationId);
  return useMutation({
    mutationFn: (body: ProposeReplyRequest) => conversationsApi.reply(statementId, body),
    onSuccess: (reply) => updateDetail((detail) => withReply(detail, reply, moderator)),
  });
}
