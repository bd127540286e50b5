import type { ConversationResults } from '@leernetwerk/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { conversationKeys, conversationsApi } from './conversationsApi';

/** The analysis; `conversation:results` replaces it live when the server recomputes. */
export function useConversationResults(id: string): UseQueryResult<ConversationResults> {
  return useQuery({ queryKey: conversationKeys.results(id), queryFn: () => conversationsApi.results(id) });
}
