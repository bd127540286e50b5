import type { Meeting } from '@leernetwerk/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { meetingKeys, meetingsApi } from './meetingsApi';

/**
 * One meeting; useMeetingLive keeps it up to date while the page is open, and it is fetched again
 * on each visit (check-ins made while you were elsewhere are not missed).
 */
export function useMeeting(id: string): UseQueryResult<Meeting> {
  return useQuery({ queryKey: meetingKeys.detail(id), queryFn: () => meetingsApi.detail(id), staleTime: 0 });
}
