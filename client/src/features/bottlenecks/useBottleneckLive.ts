import type { Bottleneck, BottleneckStatus } from '@leernetwerk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useLiveEvents } from '../../lib/socket/useLiveEvents';
import { bottleneckKeys } from './bottlenecksApi';
import { withBroadcast } from './bottleneckCache';

/**
 * Writes live changes of one bottleneck into its cached query (keeping the viewer's own fields) and
 * reports a new status. After a reconnect it is fetched again, to catch up.
 */
export function useBottleneckLive(id: string, onStatus: (status: BottleneckStatus) => void): void {
  const queryClient = useQueryClient();
  useLiveEvents(
    {
      'bottleneck:updated': ({ bottleneck }) => {
        if (bottleneck.id !== id) return;
        const before = queryClient.getQueryData<Bottleneck>(bottleneckKeys.detail(id));
        queryClient.setQueryData<Bottleneck>(bottleneckKeys.detail(id), (cached) => withBroadcast(cached, bottleneck));
        if (before && before.status !== bottleneck.status) onStatus(bottleneck.status);
      },
    },
    () => void queryClient.invalidateQueries({ queryKey: bottleneckKeys.detail(id) }),
  );
}
