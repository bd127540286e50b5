import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model, Types } from 'mongoose';
import type { Notification, NotificationLink } from '@leernetwerk/shared';
import { NotificationRecord } from './notification.schema';

type NotificationDoc = NotificationRecord & { _id: Types.ObjectId; createdAt: Date };

function linkOf(doc: NotificationDoc): NotificationLink {
  return doc.link ?? { type: 'thread', threadId: doc.threadId ?? '', technologyId: doc.technologyId ?? '' };
}

function toNotification(doc: NotificationDoc): Notification {
  return {
    id: doc._id.toHexString(),
    kind: doc.kind,
    link: linkOf(doc),
    title: doc.title,
    actorName: doc.actorName,
    createdAt: doc.createdAt.toISOString(),
    read: doc.read,
  };
}

export type NewNotification = Pick<NotificationRecord, 'userId' | 'kind' | 'title' | 'actorName'> & {
  link: NotificationLink;
};

/** Newest first; a list keeps the most recent `LIMIT`. */
const LIMIT = 100;

@Injectable()
export class NotificationsRepository {
  constructor(@InjectModel(NotificationRecord.name) private readonly model: Model<NotificationRecord>) {}

  /** One write for everyone told about one thing, in the order given. */
  async createMany(inputs: readonly NewNotification[]): Promise<Notification[]> {
    if (inputs.length === 0) return [];
    const created = await this.model.insertMany(inputs.map((input) => ({ ...input, read: false })));
    return created.map((doc) => toNotification(doc.toObject<NotificationDoc>()));
  }

  async listFor(userId: string): Promise<Notification[]> {
    const docs = await this.model.find({ userId }).sort({ _id: -1 }).limit(LIMIT).lean<NotificationDoc[]>().exec();
    return docs.map(toNotification);
  }

  async countUnread(userId: string): Promise<number> {
    return this.model.countDocuments({ userId, read: false }).exec();
  }

  /** Unread counts of several people in one query; someone without unread ones is absent. */
  async countUnreadOf(userIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.model
      .aggregate<{ _id: string; count: number }>([
        { $match: { userId: { $in: userIds }, read: false } },
        { $group: { _id: '$userId', count: { $sum: 1 } } },
      ])
      .exec();
    return new Map(rows.map((row) => [row._id, row.count]));
  }

  /** Only the user's own notifications: ids of others' are ignored. */
  async markRead(userId: string, ids?: readonly string[]): Promise<void> {
    const filter = ids ? { userId, _id: { $in: ids } } : { userId };
    await this.model.updateMany(filter, { $set: { read: true } }).exec();
  }

  async deleteForUser(userId: string): Promise<void> {
    await this.model.deleteMany({ userId }).exec();
  }
}
