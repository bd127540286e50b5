import type { Notification, NotificationList, ServerToClientEvents } from '@leernetwerk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { live } from '../../lib/socket/liveSocket';
import { intervisionKeys } from '../intervision/intervisionApi';

/**
 * New notifications arrive in the user's own room (no join needed). After a reconnect the list is
 * fetched again, to catch up; an ambassador question also refreshes "Vragen voor jou".
 */
export function useNotificationsLive(onNew: (notification: Notification) => void): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const { socket } = live;
    let connectedBefore = socket.connected;
    const onNotification: ServerToClientEvents['notification:new'] = ({ notification, unread }) => {
      onNew(notification);
      queryClient.setQueryData<NotificationList>(intervisionKeys.notifications, (list) =>
        list
          ? { items: [notification, ...list.items.filter((item) => item.id !== notification.id)], unread }
          : { items: [notification], unread },
      );
      if (notification.kind === 'ambassador-question') {
        void queryClient.invalidateQueries({ queryKey: intervisionKeys.ambassadorQuestions });
      }
    };
    const onConnect = () => {
      if (connectedBefore) void queryClient.invalidateQueries({ queryKey: intervisionKeys.notifications });
      connectedBefore = true;
    };
    socket.on('notification:new', onNotification);
    socket.on('connect', onConnect);
    return () => {
      socket.off('notification:new', onNotification);
      socket.off('connect', onConnect);
    };
  }, [queryClient, onNew]);
}
