import type { MeetingSummary } from '@leernetwerk/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { meetingKeys, meetingsApi } from './meetingsApi';

export function useMeetings(): UseQueryResult<MeetingSummary[]> {
  return useQuery({ queryKey: meetingKeys.list, queryFn: meetingsApi.list });
}
