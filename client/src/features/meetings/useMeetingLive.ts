import type { Meeting } from '@leernetwerk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';
import { useLiveEvents } from '../../lib/socket/useLiveEvents';
import { mergeBroadcast } from './meetingCache';
import { meetingKeys } from './meetingsApi';

/**
 * Keeps an open meeting page live: `meeting:updated` replaces the cached meeting, a bottleneck
 * reported from this meeting refreshes its list, any bottleneck change refreshes the choice of
 * bottlenecks for actions, and after a reconnect all are fetched again to catch up on what was missed.
 */
export function useMeetingLive(meetingId: string): void {
  const queryClient = useQueryClient();
  const viewerId = useCurrentUser().id;
  const refetch = (queryKey: readonly unknown[]) => void queryClient.invalidateQueries({ queryKey });
  useLiveEvents(
    {
      'meeting:updated': ({ meeting }) => {
        if (meeting.id !== meetingId) return;
        queryClient.setQueryData<Meeting>(meetingKeys.detail(meetingId), (cached) =>
          mergeBroadcast(cached, meeting, viewerId),
        );
      },
      'bottleneck:updated': ({ bottleneck }) => {
        // Any report, merge or new title anywhere changes what an action can be linked to.
        refetch(meetingKeys.bottleneckOptions);
        const { source } = bottleneck.source;
        if (source.kind === 'meeting' && source.meetingId === meetingId) refetch(meetingKeys.bottlenecks(meetingId));
      },
    },
    () => {
      refetch(meetingKeys.detail(meetingId));
      refetch(meetingKeys.bottlenecks(meetingId));
      refetch(meetingKeys.bottleneckOptions);
    },
  );
}
