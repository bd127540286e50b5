import { Role, type User } from '@leernetwerk/shared';
import { hasAnyRole } from '../auth/has-role';
import type { StoredMeeting } from './meetings.repository';

/** The meeting's own facilitator, and the network's facilitators and coordinators, run a meeting. */
export function canManage(user: User, meeting: Pick<StoredMeeting, 'facilitatorId'>): boolean {
  return meeting.facilitatorId === user.id || hasAnyRole(user, [Role.Facilitator, Role.Coordinator]);
}

export function attended(meeting: Pick<StoredMeeting, 'attendees'>, userId: string): boolean {
  return meeting.attendees.some((a) => a.userId === userId);
}
