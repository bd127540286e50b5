import type { BottleneckSummary, ServerToClientEvents } from '@leernetwerk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { live } from '../../lib/socket/liveSocket';
import { bottleneckKeys } from './bottlenecksApi';
import { withUpdatedSummary } from './bottleneckCache';

/**
 * Keeps the register lists and the dashboard current: a change that keeps its place is written into
 * the cached lists, anything else is fetched again. After a reconnect everything is fetched again.
 */
export function useBottlenecksLive(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const { socket } = live;
    let connectedBefore = socket.connected;
    const onUpdated: ServerToClientEvents['bottleneck:updated'] = ({ bottleneck }) => {
      let refetch = false;
      for (const [key, list] of queryClient.getQueriesData<BottleneckSummary[]>({ queryKey: bottleneckKeys.lists })) {
        if (!list) continue;
        const next = withUpdatedSummary(list, bottleneck);
        if (next) queryClient.setQueryData(key, next);
        else refetch = true;
      }
      if (refetch) void queryClient.invalidateQueries({ queryKey: bottleneckKeys.lists });
      void queryClient.invalidateQueries({ queryKey: bottleneckKeys.dashboards });
    };
    const onConnect = () => {
      if (connectedBefore) void queryClient.invalidateQueries({ queryKey: bottleneckKeys.all });
      connectedBefore = true;
    };
    socket.on('bottleneck:updated', onUpdated);
    socket.on('connect', onConnect);
    return () => {
      socket.off('bottleneck:updated', onUpdated);
      socket.off('connect', onConnect);
    };
  }, [queryClient]);
}
