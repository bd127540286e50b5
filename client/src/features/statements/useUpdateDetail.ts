import type { ConversationDetail } from '@leernetwerk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { conversationKeys } from './conversationsApi';

/** Applies a pure update (see detailCache) to the cached detail of one conversation, if it is loaded. */
export function useUpdateDetail(conversationId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (update: (detail: ConversationDetail) => ConversationDetail) => {
      queryClient.setQueryData<ConversationDetail>(conversationKeys.detail(conversationId), (detail) =>
        detail ? update(detail) : detail,
      );
    },
    [queryClient, conversationId],
  );
}
