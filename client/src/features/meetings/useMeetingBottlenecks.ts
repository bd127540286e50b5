import type { BottleneckSummary } from '@leernetwerk/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { meetingKeys, meetingsApi } from './meetingsApi';

/** The bottlenecks reported from this meeting. */
export function useMeetingBottlenecks(meetingId: string): UseQueryResult<BottleneckSummary[]> {
  return useQuery({ queryKey: meetingKeys.bottlenecks(meetingId), queryFn: () => meetingsApi.bottlenecks(meetingId) });
}

/** The whole register, for choosing which bottleneck an action works on. */
export function useBottleneckOptions(enabled: boolean): UseQueryResult<BottleneckSummary[]> {
  return useQuery({ queryKey: meetingKeys.bottleneckOptions, queryFn: () => meetingsApi.bottlenecks(), enabled });
}
