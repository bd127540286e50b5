import type { CreatePostRequest, Thread } from '@leernetwerk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { intervisionApi, intervisionKeys } from './intervisionApi';
import { withPost } from './threadCache';

/** Adds a reply (or, in a case, a contribution to one step); it shows at once, live or not. */
export function useAddPost(threadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePostRequest) => intervisionApi.addPost(threadId, body),
    onSuccess: (post) =>
      queryClient.setQueryData<Thread>(intervisionKeys.thread(threadId), (thread) =>
        thread ? withPost(thread, post) : thread,
      ),
  });
}
