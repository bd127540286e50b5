import type { CreateThreadRequest, Thread } from '@leernetwerk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useSubmitOnce } from '../../lib/api/useSubmitOnce';
import { intervisionApi, intervisionKeys } from './intervisionApi';

/** Starts a thread under a technology; lists and search results are refetched afterwards. */
export function useCreateThread(technologyId: string) {
  const queryClient = useQueryClient();
  return useSubmitOnce<CreateThreadRequest, Thread>(
    (body, key) => intervisionApi.createThread(technologyId, body, key),
    {
      onSuccess: (thread) => {
        queryClient.setQueryData(intervisionKeys.thread(thread.id), thread);
        void queryClient.invalidateQueries({ queryKey: intervisionKeys.all });
      },
    },
  );
}
