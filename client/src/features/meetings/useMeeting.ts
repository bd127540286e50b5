import type { Meeting } from '@leernetwerk/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { meetingKeys, meetingsApi } from './meetingsApi';

/** One meeting; useMeetingLive keeps it up to date while the page is open. */
export function useMeeting(id: string): UseQueryResult<Meeting> {
  return useQuery({ queryKey: meetingKeys.detail(id), queryFn: () => meetingsApi.detail(id) });
}
