import type { BottleneckSummary } from '@leernetwerk/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { meetingKeys, meetingsApi } from './meetingsApi';

/*
 * Both lists are kept live by useMeetingLive only while the meeting page is open; what changed while
 * the viewer was elsewhere (a report, a status move) is fetched again on their return.
 */

/** The bottlenecks reported from this meeting. */
export function useMeetingBottlenecks(meetingId: string): UseQueryResult<BottleneckSummary[]> {
  return useQuery({
    queryKey: meetingKeys.bottlenecks(meetingId),
    queryFn: () => meetingsApi.bottlenecks(meetingId),
    staleTime: 0,
  });
}

/** The whole register, for choosing which bottleneck an action works on. */
export function useBottleneckOptions(enabled: boolean): UseQueryResult<BottleneckSummary[]> {
  return useQuery({
    queryKey: meetingKeys.bottleneckOptions,
    queryFn: () => meetingsApi.bottlenecks(),
    enabled,
    staleTime: 0,
  });
}
