import type { Conversation, CreateConversationRequest } from '@leernetwerk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useSubmitOnce } from '../../lib/api/useSubmitOnce';
import { conversationKeys, conversationsApi } from './conversationsApi';

export function useCreateConversation() {
  const queryClient = useQueryClient();
  return useSubmitOnce<CreateConversationRequest, Conversation>((body, key) => conversationsApi.create(body, key), {
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: conversationKeys.list }),
  });
}
