import type { Meeting } from '@leernetwerk/shared';

/**
 * The broadcast is the same for everyone, so its per-viewer fields are false. Whether the viewer
 * is checked in follows from the attendee list it carries (a facilitator may have added or removed
 * them); whether they may manage comes from their own fetch.
 */
export function mergeBroadcast(cached: Meeting | undefined, broadcast: Meeting, viewerId: string): Meeting {
  const checkedIn = broadcast.attendees.some((attendee) => attendee.userId === viewerId);
  return { ...broadcast, checkedIn, canManage: cached?.canManage ?? false };
}
