import { organisationListSchema, type Organisation } from '@leernetwerk/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { api } from './apiClient';

export const organisationsQueryKey = ['organisations'] as const;

/** The organisation the given user belongs to, looked up in the organisation list. */
export function useMyOrganisation(organisationId: string): UseQueryResult<Organisation | undefined> {
  return useQuery({
    queryKey: organisationsQueryKey,
    queryFn: () => api.get('/organisations', organisationListSchema),
    select: (organisations) => organisations.find((organisation) => organisation.id === organisationId),
  });
}
