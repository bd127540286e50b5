import { Injectable } from '@nestjs/common';
import type { NotificationKind, User } from '@leernetwerk/shared';
import { Notifier } from '../notifications/notifier';
import { UsersService } from '../users/users.service';
import { FollowsRepository } from './follows.repository';
import type { StoredThread } from './threads.repository';

/** Who hears of intervision activity: ambassadors of questions for them, followers of the rest. */
@Injectable()
export class IntervisionNotifications {
  constructor(
    private readonly notifier: Notifier,
    private readonly follows: FollowsRepository,
    private readonly users: UsersService,
  ) {}

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

  private send(userIds: readonly string[], kind: NotificationKind, actor: User, thread: StoredThread) {
    return this.notifier.notify(userIds, actor, {
      kind,
      title: thread.title,
      link: { type: 'thread', threadId: thread.id, technologyId: thread.technologyId },
    });
  }
}
