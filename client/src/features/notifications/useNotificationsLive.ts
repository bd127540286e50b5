import type { Notification, NotificationList } from '@leernetwerk/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useLiveEvents } from '../../lib/socket/useLiveEvents';
import { intervisionKeys } from '../intervision/intervisionApi';
import { meetingKeys } from '../meetings/meetingsApi';

/**
 * New notifications arrive in the user's own room (no join needed). After a reconnect the list is
 * fetched again, to catch up; an ambassador question also refreshes "Vragen voor jou".
 */
export function useNotificationsLive(onNew: (notification: Notification) => void): void {
  const queryClient = useQueryClient();
  useLiveEvents(
    {
      'notification:new': ({ notification, unread }) => {
        onNew(notification);
        queryClient.setQueryData<NotificationList>(intervisionKeys.notifications, (list) =>
          list
            ? { items: [notification, ...list.items.filter((item) => item.id !== notification.id)], unread }
            : { items: [notification], unread },
        );
        // An action given or taken away changes "Mijn acties".
        if (notification.kind === 'action-assigned' || notification.kind === 'action-deleted') {
          void queryClient.invalidateQueries({ queryKey: meetingKeys.myActions });
        }
        if (notification.kind === 'ambassador-question') {
          void queryClient.invalidateQueries({ queryKey: intervisionKeys.ambassadorQuestions });
        }
      },
    },
    () => void queryClient.invalidateQueries({ queryKey: intervisionKeys.notifications }),
  );
}
