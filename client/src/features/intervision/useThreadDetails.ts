import type { Thread } from '@leernetwerk/shared';
import { useQueries } from '@tanstack/react-query';
import { intervisionApi, intervisionKeys } from './intervisionApi';

/** Several threads with their replies at once; those still loading are left out. */
export function useThreadDetails(threadIds: string[]): Thread[] {
  return useQueries({
    queries: threadIds.map((id) => ({
      queryKey: intervisionKeys.thread(id),
      queryFn: () => intervisionApi.thread(id),
    })),
    combine: (results) => results.flatMap((result) => (result.data ? [result.data] : [])),
  });
}
