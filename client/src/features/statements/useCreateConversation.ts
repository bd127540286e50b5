import type { CreateConversationRequest } from '@leernetwerk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { conversationKeys, conversationsApi } from './conversationsApi';

export function useCreateConversation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateConversationRequest) => conversationsApi.create(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: conversationKeys.list }),
  });
}
