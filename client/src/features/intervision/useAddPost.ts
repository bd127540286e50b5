import type { CreatePostRequest, Post, Thread } from '@leernetwerk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useSubmitOnce } from '../../lib/api/useSubmitOnce';
import { intervisionApi, intervisionKeys } from './intervisionApi';
import { withPost } from './threadCache';

/** Adds a reply (or, in a case, a contribution to one step); it shows at once, live or not. */
export function useAddPost(threadId: string) {
  const queryClient = useQueryClient();
  return useSubmitOnce<CreatePostRequest, Post>((body, key) => intervisionApi.addPost(threadId, body, key), {
    onSuccess: (post) =>
      queryClient.setQueryData<Thread>(intervisionKeys.thread(threadId), (thread) =>
        thread ? withPost(thread, post) : thread,
      ),
  });
}
