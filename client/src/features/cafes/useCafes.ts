import type { CafeSummary } from '@leernetwerk/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { cafeKeys, cafesApi } from './cafesApi';

export function useCafes(): UseQueryResult<CafeSummary[]> {
  return useQuery({ queryKey: cafeKeys.list, queryFn: cafesApi.list });
}
