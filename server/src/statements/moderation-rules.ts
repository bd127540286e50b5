import { Role, type StatementStatus, type User } from '@leernetwerk/shared';
import { hasAnyRole } from '../auth/has-role';

const FACILITATING = [Role.Facilitator] as const;

export const isFacilitator = (user: Pick<User, 'roles'>): boolean => hasAnyRole(user, FACILITATING);

interface Moderated {
  status: StatementStatus;
  authorId: string;
  reportedBy: string[];
  reportReasons: string[];
}

/** Facilitators see everything; others see what is published, and their own proposals waiting. */
export function canSee(viewer: User, item: Moderated): boolean {
  if (item.status === 'published' || isFacilitator(viewer)) return true;
  return item.status === 'pending' && item.authorId === viewer.id;
}

/** Facilitators' posts appear at once; participants' wait for approval when moderation is strict. */
export function initialStatus(author: User, moderation: 'strict' | 'permissive'): StatementStatus {
  return isFacilitator(author) || moderation === 'permissive' ? 'published' : 'pending';
}

/** Open reports, for the moderation queue: only facilitators learn that something was reported. */
export function reportsVisibleTo(viewer: User, item: Moderated): { reports: number; reportReasons: string[] } {
  return isFacilitator(viewer)
    ? { reports: item.reportedBy.length, reportReasons: item.reportReasons }
    : { reports: 0, reportReasons: [] };
}
