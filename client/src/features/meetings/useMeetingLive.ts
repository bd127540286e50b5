import type { Meeting, ServerToClientEvents } from '@leernetwerk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useCurrentUser } from '../../lib/auth/useCurrentUser';
import { live } from '../../lib/socket/liveSocket';
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
  useEffect(() => {
    const { socket } = live;
    let connectedBefore = socket.connected;
    const onMeeting: ServerToClientEvents['meeting:updated'] = ({ meeting }) => {
      if (meeting.id !== meetingId) return;
      queryClient.setQueryData<Meeting>(meetingKeys.detail(meetingId), (cached) =>
        mergeBroadcast(cached, meeting, viewerId),
      );
    };
    const onBottleneck: ServerToClientEvents['bottleneck:updated'] = ({ bottleneck }) => {
      // Any report, merge or new title anywhere changes what an action can be linked to.
      void queryClient.invalidateQueries({ queryKey: meetingKeys.bottleneckOptions });
      const { source } = bottleneck.source;
      if (source.kind === 'meeting' && source.meetingId === meetingId) {
        void queryClient.invalidateQueries({ queryKey: meetingKeys.bottlenecks(meetingId) });
      }
    };
    const onConnect = () => {
      if (connectedBefore) {
        void queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) });
        void queryClient.invalidateQueries({ queryKey: meetingKeys.bottlenecks(meetingId) });
        void queryClient.invalidateQueries({ queryKey: meetingKeys.bottleneckOptions });
      }
      connectedBefore = true;
    };
    socket.on('meeting:updated', onMeeting);
    socket.on('bottleneck:updated', onBottleneck);
    socket.on('connect', onConnect);
    return () => {
      socket.off('meeting:updated', onMeeting);
      socket.off('bottleneck:updated', onBottleneck);
      socket.off('connect', onConnect);
    };
  }, [meetingId, queryClient, viewerId]);
}
