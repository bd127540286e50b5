import { useMutation, useQueryClient } from '@tanstack/react-query';
import { intervisionApi, intervisionKeys } from './intervisionApi';
import type { IntervisionTarget } from './target';

/** Reports a thread or reply to the facilitators; the thread is refetched, as a report may hide it. */
export function useReportItem(threadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (target: IntervisionTarget) =>
      target.kind === 'thread' ? intervisionApi.reportThread(target.id) : intervisionApi.reportPost(target.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: intervisionKeys.thread(threadId) }),
  });
}
