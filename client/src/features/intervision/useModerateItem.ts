import { useMutation, useQueryClient } from '@tanstack/react-query';
import { intervisionApi, intervisionKeys, type ModerationAction } from './intervisionApi';
import type { IntervisionTarget } from './target';

/** A facilitator hides or publishes again a thread or reply; threads and lists are fetched again. */
export function useModerateItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ target, action }: { target: IntervisionTarget; action: ModerationAction }) =>
      target.kind === 'thread'
        ? intervisionApi.moderateThread(target.id, action)
        : intervisionApi.moderatePost(target.id, action),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: intervisionKeys.all }),
  });
}
