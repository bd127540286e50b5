import type { ReportRequest } from '@leernetwerk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { conversationKeys, conversationsApi } from './conversationsApi';

export type ReportTarget = { kind: 'statement'; id: string } | { kind: 'reply'; id: string };

/** Reports a statement or reply; afterwards the detail is refetched, as a report may hide the item. */
export function useReport(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ target, body }: { target: ReportTarget; body: ReportRequest }) =>
      target.kind === 'statement'
        ? conversationsApi.reportStatement(target.id, body)
        : conversationsApi.reportReply(target.id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conversationKeys.detail(conversationId) }),
  });
}
