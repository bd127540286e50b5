import type { TechnologyOverview } from '@leernetwerk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { intervisionApi, intervisionKeys } from './intervisionApi';

/** Follows a technology: you hear about its new threads. */
export function useFollowTechnology(technologyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (following: boolean) => intervisionApi.followTechnology(technologyId, following),
    onSuccess: (_, following) =>
      queryClient.setQueryData<TechnologyOverview>(intervisionKeys.overview(technologyId), (overview) =>
        overview ? { ...overview, following } : overview,
      ),
  });
}
