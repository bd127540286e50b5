import type { BottleneckSummary } from '@leernetwerk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useLiveEvents } from '../../lib/socket/useLiveEvents';
import { bottleneckKeys } from './bottlenecksApi';
import { withUpdatedSummary } from './bottleneckCache';

/**
 * Keeps the register lists and the dashboard current: a change that keeps its place is written into
 * the cached lists, anything else is fetched again. After a reconnect everything is fetched again.
 */
export function useBottlenecksLive(): void {
  const queryClient = useQueryClient();
  useLiveEvents(
    {
      'bottleneck:updated': ({ bottleneck }) => {
        let refetch = false;
        for (const [key, list] of queryClient.getQueriesData<BottleneckSummary[]>({ queryKey: bottleneckKeys.lists })) {
          if (!list) continue;
          const next = withUpdatedSummary(list, bottleneck);
          if (next) queryClient.setQueryData(key, next);
          else refetch = true;
        }
        if (refetch) void queryClient.invalidateQueries({ queryKey: bottleneckKeys.lists });
        void queryClient.invalidateQueries({ queryKey: bottleneckKeys.dashboards });
      },
    },
    () => void queryClient.invalidateQueries({ queryKey: bottleneckKeys.all }),
  );
}
