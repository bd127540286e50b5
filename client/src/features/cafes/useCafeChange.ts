import type { Cafe } from '@leernetwerk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { cafeKeys } from './cafesApi';
import { putCafe } from './putCafe';

/**
 * A request that answers with the whole café (a step, the clock, a move, feedback): the answer
 * goes into the cache at once, so the screen does not wait for the live `cafe:updated`.
 */
export function useCafeChange<T>(cafeId: string, request: (input: T) => Promise<Cafe>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async (cafe) => {
      await putCafe(queryClient, cafeId, cafe);
      void queryClient.invalidateQueries({ queryKey: cafeKeys.list });
    },
  });
}
