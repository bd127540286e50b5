import { Injectable } from '@nestjs/common';
import { userRoom, type NotificationKind, type NotificationList, type User } from '@leernetwerk/shared';
import { LiveRooms } from '../realtime/live-rooms';
import { UsersService } from '../users/users.service';
import { FollowsRepository } from './follows.repository';
import { NotificationsRepository } from './notifications.repository';
import type { StoredThread } from './threads.repository';

/** Tells people, in the app and live, about questions for them and activity they follow. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly follows: FollowsRepository,
    private readonly users: UsersService,
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

  /** A new thread: the technology's followers hear of it; a question for the ambassadors reaches them. */
  async threadCreated(actor: User, thread: StoredThread): Promise<void> {
    const followers = await this.follows.followersOf('technology', thread.technologyId);
    const ambassadors = thread.askAmbassadors
      ? (await this.users.list({})).filter((u) => u.ambassadorOf.includes(thread.technologyId)).map((u) => u.id)
      : [];
    await this.send(ambassadors, 'ambassador-question', actor, thread);
    await this.send(
      followers.filter((id) => !ambassadors.includes(id)),
      'new-thread',
      actor,
      thread,
    );
  }

  async replied(actor: User, thread: StoredThread): Promise<void> {
    await this.send(await this.follows.followersOf('thread', thread.id), 'reply', actor, thread);
  }

  private async send(userIds: readonly string[], kind: NotificationKind, actor: User, thread: StoredThread) {
    for (const userId of new Set(userIds)) {
      if (userId === actor.id) continue;
      const notification = await this.notifications.create({
        userId,
        kind,
        threadId: thread.id,
        technologyId: thread.technologyId,
        title: thread.title,
        actorName: actor.name,
      });
      const unread = await this.notifications.countUnread(userId);
      this.rooms.toRoom(userRoom(userId)).emit('notification:new', { notification, unread });
    }
  }
}
