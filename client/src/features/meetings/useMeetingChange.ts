import type { Meeting } from '@leernetwerk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meetingKeys } from './meetingsApi';

/**
 * A request that answers with the whole meeting (state, check-in, attendance, edit): the answer
 * goes into the cache at once, so the screen does not wait for the live `meeting:updated`.
 */
export function useMeetingChange<T>(meetingId: string, request: (input: T) => Promise<Meeting>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKeys.detail(meetingId), meeting);
      void queryClient.invalidateQueries({ queryKey: meetingKeys.list });
    },
  });
}
