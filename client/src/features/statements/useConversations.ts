import type { Conversation } from '@leernetwerk/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { conversationKeys, conversationsApi } from './conversationsApi';

export function useConversations(): UseQueryResult<Conversation[]> {
  return useQuery({ queryKey: conversationKeys.list, queryFn: conversationsApi.list });
}
