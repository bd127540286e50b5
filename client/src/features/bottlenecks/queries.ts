import type { Bottleneck, BottleneckDashboard, BottleneckFilter, BottleneckSummary } from '@leernetwerk/shared';
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { bottleneckKeys, bottlenecksApi } from './bottlenecksApi';

/** The register, ranked by the server; useBottlenecksLive keeps it up to date. */
export function useBottlenecks(filter: BottleneckFilter, enabled = true): UseQueryResult<BottleneckSummary[]> {
  return useQuery({
    queryKey: bottleneckKeys.list(filter),
    queryFn: () => bottlenecksApi.list(filter),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/**
 * One bottleneck with its organisations and public timeline. useBottleneckLive keeps it current only
 * while its page is open, so a visit (say, from a notification of a move) always fetches it again.
 */
export function useBottleneck(id: string): UseQueryResult<Bottleneck> {
  return useQuery({ queryKey: bottleneckKeys.detail(id), queryFn: () => bottlenecksApi.get(id), staleTime: 0 });
}

/** The coordinator dashboard: the top of the ranking and counts, never the whole register. */
export function useBottleneckDashboard(
  filter: BottleneckFilter,
  enabled: boolean,
): UseQueryResult<BottleneckDashboard> {
  return useQuery({
    queryKey: bottleneckKeys.dashboard(filter),
    queryFn: () => bottlenecksApi.dashboard(filter),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The title of the meeting a report comes from; nothing to fetch for other sources. */
export function useSourceMeetingTitle(meetingId: string | null): UseQueryResult<string> {
  return useQuery({
    queryKey: bottleneckKeys.sourceMeeting(meetingId ?? ''),
    queryFn: async () => (await bottlenecksApi.meetingTitle(meetingId ?? '')).title,
    enabled: meetingId !== null,
  });
}
