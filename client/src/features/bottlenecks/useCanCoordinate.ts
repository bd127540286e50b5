import { useCurrentUser } from '../../lib/auth/useCurrentUser';

const COORDINATING_ROLES = new Set(['facilitator', 'coordinator', 'admin']);

/** Facilitators, coordinators and admins change statuses, merge duplicates and see the dashboard. */
export function useCanCoordinate(): boolean {
  const user = useCurrentUser();
  return user.roles.some((role) => COORDINATING_ROLES.has(role));
}
