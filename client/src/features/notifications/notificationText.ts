import type { Notification } from '@leernetwerk/shared';
import type { TFunction } from 'i18next';

/** Where a notification leads. */
export function notificationPath({ link }: Notification): string {
  switch (link.type) {
    case 'thread':
      return `/intervisie/draad/${link.threadId}`;
    case 'bottleneck':
      return `/knelpunten/${link.bottleneckId}`;
    case 'meeting':
      return `/bijeenkomsten/${link.meetingId}`;
  }
}

/** "Anna replied", "Anna moved the bottleneck to: raised with the sector", ... */
export function notificationText(t: TFunction, notification: Notification): string {
  const status = notification.link.type === 'bottleneck' ? t(`bottlenecks.status.${notification.link.status}`) : '';
  return t(`notifications.kinds.${notification.kind}`, { name: notification.actorName, status });
}
