import type { Cafe } from '@leernetwerk/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { cafeKeys, cafesApi } from './cafesApi';

const POLL_MS = 3000;

/**
 * One café; the live room (useCafeLive) replaces it whenever it changes. For a viewer outside
 * the room, `poll` says when to refetch it on a timer instead.
 */
export function useCafe(id: string, poll?: (cafe: Cafe) => boolean): UseQueryResult<Cafe> {
  return useQuery({
    queryKey: cafeKeys.detail(id),
    queryFn: () => cafesApi.detail(id),
    refetchInterval: (query) => (poll && query.state.data && poll(query.state.data) ? POLL_MS : false),
  });
}
