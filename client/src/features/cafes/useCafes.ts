import type { CafeSummary } from '@leernetwerk/shared';
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useLiveEvents } from '../../lib/socket/useLiveEvents';
import { cafeKeys, cafesApi } from './cafesApi';

/**
 * Every café of the network, fetched again whenever one is set up or changes state or title
 * (`cafes:changed`, sent to everyone), and after a lost connection came back.
 */
export function useCafes(): UseQueryResult<CafeSummary[]> {
  const queryClient = useQueryClient();
  const refetch = () => void queryClient.invalidateQueries({ queryKey: cafeKeys.list });
  useLiveEvents({ 'cafes:changed': refetch }, refetch);
  return useQuery({ queryKey: cafeKeys.list, queryFn: cafesApi.list, staleTime: 0 });
}
