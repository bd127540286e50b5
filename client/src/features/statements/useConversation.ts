import type { ConversationDetail } from '@leernetwerk/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { conversationKeys, conversationsApi } from './conversationsApi';

/**
 * One conversation with its statements; live events keep this cache up to date (useConversationLive).
 * `pollMs` refetches on a timer, for what the room does not broadcast (see ModerationView).
 */
export function useConversation(id: string, pollMs?: number): UseQueryResult<ConversationDetail> {
  return useQuery({
    queryKey: conversationKeys.detail(id),
    queryFn: () => conversationsApi.detail(id),
    refetchInterval: pollMs ?? false,
  });
}
