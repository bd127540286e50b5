import type { Notification } from '@leernetwerk/shared';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notificationPath, notificationText } from './notificationText';

interface NotificationListProps {
  items: Notification[];
  onOpen: (id: string) => void;
}

/** Notifications, newest first, each a link to what it is about; unread ones are in bold. */
export function NotificationList({ items, onOpen }: NotificationListProps) {
  const { t } = useTranslation();
  return (
    <Stack
      component="ul"
      gap="xs"
      style={{ listStyle: 'none', padding: 0, margin: 0, maxHeight: 360, overflowY: 'auto' }}
    >
      {items.map((item) => (
        <li key={item.id}>
          <Anchor
            component={Link}
            to={notificationPath(item)}
            onClick={() => onOpen(item.id)}
            fw={item.read ? 400 : 700}
          >
            {item.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {notificationText(t, item)}
            {!item.read && ` · ${t('notifications.new')}`}
          </Text>
        </li>
      ))}
    </Stack>
  );
}
