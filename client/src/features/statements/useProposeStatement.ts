import { useMutation } from '@tanstack/react-query';
import { conversationsApi } from './conversationsApi';
import { withStatement } from './detailCache';
import { useUpdateDetail } from './useUpdateDetail';

export function useProposeStatement(conversationId: string, moderator: boolean) {
  const updateDetail = useUpdateDetail(conversationId);
  return useMutation({
    mutationFn: (text: string) => conversationsApi.propose(conversationId, text),
    onSuccess: (statement) => updateDetail((detail) => withStatement(detail, statement, moderator)),
  });
}
