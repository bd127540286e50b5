import type { Statement } from '@leernetwerk/shared';
import { useSubmitOnce } from '../../lib/api/useSubmitOnce';
import { conversationsApi } from './conversationsApi';
import { withStatement } from './detailCache';
import { useUpdateDetail } from './useUpdateDetail';

export function useProposeStatement(conversationId: string, moderator: boolean) {
  const updateDetail = useUpdateDetail(conversationId);
  return useSubmitOnce<string, Statement>((text, key) => conversationsApi.propose(conversationId, text, key), {
    onSuccess: (statement) => updateDetail((detail) => withStatement(detail, statement, moderator)),
  });
}
