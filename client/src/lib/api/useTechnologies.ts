import { technologyListSchema, type Technology } from '@leernetwerk/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { api } from './apiClient';

export function useTechnologies(): UseQueryResult<Technology[]> {
  return useQuery({
    queryKey: ['technologies'],
    queryFn: () => api.get('/technologies', technologyListSchema),
  });
}
