import { z } from 'zod';
import { idSchema } from './ids';
import { bottleneckStatusSchema } from './bottlenecks';

/**
 * `ambassador-question`: a question put to the ambassadors of your technology; `reply`: a reply in
 * a thread you follow; `new-thread`: a new thread under a technology you follow;
 * `bottleneck-status`: a bottleneck you reported or supported moved; `bottleneck-supported`: another
 * organisation said "bij ons ook" to it; `bottleneck-merged`: it was
 * merged into another one, which you now follow; `action-assigned`: an action of a meeting is yours;
 * `action-deleted`: a facilitator deleted an action that was yours.
 */
export const notificationKindSchema = z.enum([
  'ambassador-question',
  'reply',
  'new-thread',
  'bottleneck-status',
  'bottleneck-supported',
  'bottleneck-merged',
  'action-assigned',
  'action-deleted',
]);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

/** What a notification opens. */
export const notificationLinkSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('thread'), threadId: idSchema, technologyId: idSchema }),
  z.object({ type: z.literal('bottleneck'), bottleneckId: idSchema, status: bottleneckStatusSchema }),
  z.object({ type: z.literal('meeting'), meetingId: idSchema }),
]);
export type NotificationLink = z.infer<typeof notificationLinkSchema>;

export const notificationSchema = z.object({
  id: idSchema,
  kind: notificationKindSchema,
  link: notificationLinkSchema,
  title: z.string(),
  actorName: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListSchema = z.object({ items: z.array(notificationSchema), unread: z.number().int() });
export type NotificationList = z.infer<typeof notificationListSchema>;

export const markReadRequestSchema = z.object({ ids: z.array(idSchema).max(500).optional() });
export type MarkReadRequest = z.infer<typeof markReadRequestSchema>;

/** Live room of one user: their notifications arrive there. */
export function userRoom(userId: string): string {
  return `user:${userId}`;
}

/** Live room every signed-in connection is in: network-wide news (the bottleneck register, meetings). */
export const NETWORK_ROOM = 'network';
