import type { Thread } from '@leernetwerk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { intervisionApi, intervisionKeys } from './intervisionApi';
import { withPost } from './threadCache';

/** Marks or unmarks a reply as helpful. */
export function usePostHelpful(threadId: string, postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (helpful: boolean) => intervisionApi.postHelpful(postId, helpful),
    onSuccess: (post) =>
      queryClient.setQueryData<Thread>(intervisionKeys.thread(threadId), (thread) =>
        thread ? withPost(thread, post) : thread,
      ),
  });
}
