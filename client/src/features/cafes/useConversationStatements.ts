import type { Statement } from '@leernetwerk/shared';
import { useQuery } from '@tanstack/react-query';
import { conversationKeys, conversationsApi } from '../statements/conversationsApi';

/** The published statements of a conversation, for choosing table prompts; nothing without a conversation. */
export function useConversationStatements(conversationId: string | null): Statement[] {
  const detail = useQuery({
    queryKey: conversationKeys.detail(conversationId ?? ''),
    queryFn: () => conversationsApi.detail(conversationId ?? ''),
    enabled: conversationId !== null,
  });
  return (detail.data?.statements ?? []).filter((statement) => statement.status === 'published');
}
