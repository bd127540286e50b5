import type { MeetingSummary } from '@leernetwerk/shared';
import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useLiveEvents } from '../../lib/socket/useLiveEvents';
import { meetingKeys, meetingsApi } from './meetingsApi';

/**
 * Every meeting of the network, fetched again on each visit and whenever a meeting changes
 * (opened, closed, someone checked in), so the list's states and counts stay true.
 */
export function useMeetings(): UseQueryResult<MeetingSummary[]> {
  const queryClient = useQueryClient();
  const refetch = () => void queryClient.invalidateQueries({ queryKey: meetingKeys.list });
  useLiveEvents({ 'meeting:updated': refetch }, refetch);
  return useQuery({ queryKey: meetingKeys.list, queryFn: meetingsApi.list, staleTime: 0 });
}
