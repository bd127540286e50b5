import type { NotificationList } from '@leernetwerk/shared';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { intervisionApi, intervisionKeys } from '../intervision/intervisionApi';

/** Your notifications and how many are unread; useNotificationsLive adds new ones as they come. */
export function useNotifications(): UseQueryResult<NotificationList> {
  return useQuery({ queryKey: intervisionKeys.notifications, queryFn: intervisionApi.notifications });
}
