import type { ProposeReplyRequest, Reply } from '@leernetwerk/shared';
import { useSubmitOnce } from '../../lib/api/useSubmitOnce';
import { conversationsApi } from './conversationsApi';
import { withReply } from './detailCache';
import { useUpdateDetail } from './useUpdateDetail';

export function useAddReply(conversationId: string, statementId: string, moderator: boolean) {
  const updateDetail = useUpdateDetail(conversationId);
  return useSubmitOnce<ProposeReplyRequest, Reply>((body, key) => conversationsApi.reply(statementId, body, key), {
    onSuccess: (reply) => updateDetail((detail) => withReply(detail, reply, moderator)),
  });
}
