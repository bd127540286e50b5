import { Badge, Button, Popover, Stack, Text, Title, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { Notification } from '@leernetwerk/shared';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BellIcon } from './BellIcon';
import { NotificationList } from './NotificationList';
import { notificationText } from './notificationText';
import { useMarkRead } from './useMarkRead';
import { useNotifications } from './useNotifications';
import { useNotificationsLive } from './useNotificationsLive';
import classes from './NotificationBell.module.css';

/** The bell in the header: how many notifications are unread, and the list in a popover. */
export function NotificationBell() {
  const { t } = useTranslation();
  const headingId = useId();
  const [opened, { toggle, close }] = useDisclosure(false);
  const notifications = useNotifications();
  const markRead = useMarkRead();
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback(
    (notification: Notification) => setAnnouncement(`${notificationText(t, notification)}: ${notification.title}`),
    [t],
  );
  useNotificationsLive(announce);
  const unread = notifications.data?.unread ?? 0;
  const items = notifications.data?.items ?? [];

  return (
    <>
      <VisuallyHidden role="status">{announcement}</VisuallyHidden>
      <Popover
        opened={opened}
        onChange={(next) => !next && close()}
        position="bottom-end"
        width={340}
        shadow="md"
        trapFocus
        returnFocus
      >
        <Popover.Target>
          <UnstyledButton
            className={classes.bell}
            onClick={toggle}
            aria-expanded={opened}
            aria-label={t('notifications.bellLabel', { count: unread })}
          >
            <BellIcon />
            {unread > 0 && (
              <Badge size="sm" circle color="red.9" className={classes.count} aria-hidden>
                {unread}
              </Badge>
            )}
          </UnstyledButton>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs" role="region" aria-labelledby={headingId}>
            <Title order={2} size="h4" id={headingId}>
              {t('notifications.heading')}
            </Title>
            <Text size="sm">{t('notifications.unread', { count: unread })}</Text>
            {items.length === 0 ? (
              <Text size="sm">{t('notifications.empty')}</Text>
            ) : (
              <NotificationList
                items={items}
                onOpen={(id) => {
                  markRead.mutate([id]);
                  close();
                }}
              />
            )}
            {unread > 0 && (
              <Button
                variant="default"
                size="compact-sm"
                onClick={() => markRead.mutate(undefined)}
                loading={markRead.isPending}
              >
                {t('notifications.allRead')}
              </Button>
            )}
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </>
  );
}
