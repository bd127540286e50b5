import { mediaRoomName, Role, type MediaRoomKind, type User } from '@leernetwerk/shared';
import { hasAnyRole } from '../auth/has-role';
import type { StoredCafe } from '../cafes/cafes.repository';
import { attended, canManage } from '../meetings/meeting-access';
import type { StoredMeeting } from '../meetings/meetings.repository';

/** The one call a person may be in now, and what they may do there. */
export interface MediaPlace {
  room: string;
  kind: MediaRoomKind;
  table: number | null;
  canSpeak: boolean;
  visitor: boolean;
}

/** Why someone has no place in a call now; mapped to error codes by the service. */
export type NoPlace = 'not-in-cafe' | 'cafe-not-open' | 'meeting-not-open' | 'no-such-table';

const isFacilitator = (user: User): boolean => hasAnyRole(user, [Role.Facilitator]);

const plenary = (cafe: StoredCafe, canSpeak: boolean): MediaPlace => ({
  room: mediaRoomName.plenary(cafe.id),
  kind: 'plenary',
  table: null,
  canSpeak,
  visitor: false,
});

/** The table this person sits at in the current round, if the tables are talking now. */
function seatOf(cafe: StoredCafe, userId: string): number | null {
  if (cafe.state !== 'running' || cafe.inPlenary) return null;
  return cafe.seatings.at(-1)?.tables.find((t) => t.members.includes(userId))?.table ?? null;
}

/**
 * Where a person belongs in a café's calls, from their seat and role: at their table while a round
 * runs; in the plenary in the lobby, during the harvest and when they have no seat. Facilitators
 * speak in the plenary and may visit a table (listening first, shown as a visitor); others listen
 * in the plenary until the facilitator lets them speak (`speakers`).
 */
export function placeInCafe(
  user: User,
  cafe: StoredCafe,
  options: { visit?: number; speakers?: ReadonlySet<string> } = {},
): MediaPlace | NoPlace {
  if (!['lobby', 'running', 'harvest'].includes(cafe.state)) return 'cafe-not-open';
  const facilitator = isFacilitator(user) || cafe.createdBy === user.id;
  if (facilitator) {
    if (options.visit === undefined) return plenary(cafe, true);
    if (cafe.state !== 'running' || cafe.inPlenary || options.visit >= cafe.tables.length) return 'no-such-table';
    return {
      room: mediaRoomName.table(cafe.id, options.visit),
      kind: 'table',
      table: options.visit,
      canSpeak: false,
      visitor: true,
    };
  }
  if (!cafe.participants.some((p) => p.id === user.id)) return 'not-in-cafe';
  const table = seatOf(cafe, user.id);
  if (table === null) return plenary(cafe, options.speakers?.has(user.id) ?? false);
  return { room: mediaRoomName.table(cafe.id, table), kind: 'table', table, canSpeak: true, visitor: false };
}

/**
 * An online meeting is one call while it is open: its facilitators and the people who checked in
 * speak; the rest of the network may listen in.
 */
export function placeInMeeting(user: User, meeting: StoredMeeting): MediaPlace | NoPlace {
  if (meeting.state !== 'open') return 'meeting-not-open';
  const canSpeak = canManage(user, meeting) || attended(meeting, user.id);
  return { room: mediaRoomName.meeting(meeting.id), kind: 'meeting', table: null, canSpeak, visitor: false };
}

/**
 * May this person be in this café room now? Enforced on the media server itself (after moves and
 * for every join), so a ticket from before a move gets nobody anywhere. Facilitators may be in the
 * plenary and, while a round runs, visit any table.
 */
export function mayBeInCafeRoom(user: User, cafe: StoredCafe, room: string): boolean {
  const place = placeInCafe(user, cafe);
  if (typeof place === 'string') return false;
  if (place.room === room) return true;
  const facilitator = isFacilitator(user) || cafe.createdBy === user.id;
  if (!facilitator || cafe.state !== 'running' || cafe.inPlenary) return false;
  return cafe.tables.some((_, table) => mediaRoomName.table(cafe.id, table) === room);
}

/** May this person be in the meeting's call now? */
export function mayBeInMeetingRoom(user: User, meeting: StoredMeeting): boolean {
  return typeof placeInMeeting(user, meeting) !== 'string';
}
