import type { Bottleneck, BottleneckStatus, ServerToClientEvents } from '@leernetwerk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { live } from '../../lib/socket/liveSocket';
import { bottleneckKeys } from './bottlenecksApi';
import { withBroadcast } from './bottleneckCache';

/**
 * Writes live changes of one bottleneck into its cached query (keeping the viewer's own fields) and
 * reports a new status. After a reconnect it is fetched again, to catch up.
 */
export function useBottleneckLive(id: string, onStatus: (status: BottleneckStatus) => void): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const { socket } = live;
    let connectedBefore = socket.connected;
    const onUpdated: ServerToClientEvents['bottleneck:updated'] = ({ bottleneck }) => {
      if (bottleneck.id !== id) return;
      const before = queryClient.getQueryData<Bottleneck>(bottleneckKeys.detail(id));
      queryClient.setQueryData<Bottleneck>(bottleneckKeys.detail(id), (cached) => withBroadcast(cached, bottleneck));
      if (before && before.status !== bottleneck.status) onStatus(bottleneck.status);
    };
    const onConnect = () => {
      if (connectedBefore) void queryClient.invalidateQueries({ queryKey: bottleneckKeys.detail(id) });
      connectedBefore = true;
    };
    socket.on('bottleneck:updated', onUpdated);
    socket.on('connect', onConnect);
    return () => {
      socket.off('bottleneck:updated', onUpdated);
      socket.off('connect', onConnect);
    };
  }, [id, onStatus, queryClient]);
}
