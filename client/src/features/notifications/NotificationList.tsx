import type { Notification } from '@leernetwerk/shared';
import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface NotificationListProps {
  items: Notification[];
  onOpen: (id: string) => void;
}

/** Notifications, newest first, each a link to its thread; unread ones are in bold. */
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
            to={`/intervisie/draad/${item.threadId}`}
            onClick={() => onOpen(item.id)}
            fw={item.read ? 400 : 700}
          >
            {item.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t(`notifications.kinds.${item.kind}`, { name: item.actorName })}
            {!item.read && ` · ${t('notifications.new')}`}
          </Text>
        </li>
      ))}
    </Stack>
  );
}
