import type { CreateThreadRequest } from '@leernetwerk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { intervisionApi, intervisionKeys } from './intervisionApi';

/** Starts a thread under a technology; lists and search results are refetched afterwards. */
export function useCreateThread(technologyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateThreadRequest) => intervisionApi.createThread(technologyId, body),
    onSuccess: (thread) => {
      queryClient.setQueryData(intervisionKeys.thread(thread.id), thread);
      return queryClient.invalidateQueries({ queryKey: intervisionKeys.all });
    },
  });
}
