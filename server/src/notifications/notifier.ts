import { Injectable } from '@nestjs/common';
import {
  userRoom,
  type NotificationKind,
  type NotificationLink,
  type NotificationList,
  type User,
} from '@leernetwerk/shared';
import { LiveRooms } from '../realtime/live-rooms';
import { NotificationsRepository } from './notifications.repository';

export interface NotificationMessage {
  kind: NotificationKind;
  link: NotificationLink;
  title: string;
}

/** Tells people, in their list and live on every tab, about something for them. */
@Injectable()
export class Notifier {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly rooms: LiveRooms,
  ) {}

  async list(user: User): Promise<NotificationList> {
    const [items, unread] = await Promise.all([
      this.notifications.listFor(user.id),
      this.notifications.countUnread(user.id),
    ]);
    return { items, unread };
  }

  markRead(user: User, ids?: string[]): Promise<void> {
    return this.notifications.markRead(user.id, ids);
  }

  /**
   * Each recipient once; the person who did it is not told about it. Two queries however many
   * are told: one insert of all notifications, one count of everyone's unread ones.
   */
  async notify(
    userIds: Iterable<string>,
    actor: Pick<User, 'id' | 'name'>,
    message: NotificationMessage,
  ): Promise<void> {
    const recipients = [...new Set(userIds)].filter((userId) => userId !== actor.id);
    const created = await this.notifications.createMany(
      recipients.map((userId) => ({ userId, actorName: actor.name, ...message })),
    );
    if (created.length === 0) return;
    const unread = await this.notifications.countUnreadOf(recipients);
    created.forEach((notification, i) => {
      const userId = recipients[i] ?? '';
      this.rooms.toRoom(userRoom(userId)).emit('notification:new', { notification, unread: unread.get(userId) ?? 0 });
    });
  }

  eraseFor(userId: string): Promise<void> {
    return this.notifications.deleteForUser(userId);
  }
}
