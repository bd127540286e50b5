import type { Thread } from '@leernetwerk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { intervisionApi, intervisionKeys } from './intervisionApi';
import { withSummary } from './threadCache';

/** Marks or unmarks a thread as helpful. */
export function useThreadHelpful(threadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (helpful: boolean) => intervisionApi.threadHelpful(threadId, helpful),
    onSuccess: (summary, helpful) =>
      queryClient.setQueryData<Thread>(intervisionKeys.thread(threadId), (thread) =>
        thread ? { ...withSummary(thread, summary), helpfulByMe: helpful } : thread,
      ),
  });
}
