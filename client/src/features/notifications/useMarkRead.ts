import type { NotificationList } from '@leernetwerk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { intervisionApi, intervisionKeys } from '../intervision/intervisionApi';

/** Marks some notifications read, or all of them when no ids are given. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => intervisionApi.markRead(ids),
    onSuccess: (_, ids) => {
      queryClient.setQueryData<NotificationList>(intervisionKeys.notifications, (list) => {
        if (!list) return list;
        const items = list.items.map((item) => (!ids || ids.includes(item.id) ? { ...item, read: true } : item));
        return { items, unread: items.filter((item) => !item.read).length };
      });
    },
  });
}
