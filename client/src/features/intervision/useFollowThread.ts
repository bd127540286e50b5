import type { Thread } from '@leernetwerk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { intervisionApi, intervisionKeys } from './intervisionApi';

/** Follows a thread: you hear about its new replies. */
export function useFollowThread(threadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (following: boolean) => intervisionApi.followThread(threadId, following),
    onSuccess: (_, following) =>
      queryClient.setQueryData<Thread>(intervisionKeys.thread(threadId), (thread) =>
        thread ? { ...thread, following } : thread,
      ),
  });
}
