import type { Cafe } from '@leernetwerk/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { cafeKeys, cafesApi } from './cafesApi';

/** One café; the live room (useCafeLive) replaces it whenever it changes. */
export function useCafe(id: string): UseQueryResult<Cafe> {
  return useQuery({ queryKey: cafeKeys.detail(id), queryFn: () => cafesApi.detail(id) });
}
