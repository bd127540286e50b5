import type { ProposeStatementRequest, Statement } from '@leernetwerk/shared';
import { useSubmitOnce } from '../../lib/api/useSubmitOnce';
import { conversationsApi } from './conversationsApi';
import { withStatement } from './detailCache';
import { useUpdateDetail } from './useUpdateDetail';

export function useProposeStatement(conversationId: string, moderator: boolean) {
  const updateDetail = useUpdateDetail(conversationId);
  return useSubmitOnce<ProposeStatementRequest, Statement>(
    (body, key) => conversationsApi.propose(conversationId, body, key),
    { onSuccess: (statement) => updateDetail((detail) => withStatement(detail, statement, moderator)) },
  );
}
