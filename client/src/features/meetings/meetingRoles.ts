import { Role, type User } from '@leernetwerk/shared';

/** Facilitators, coordinators and admins may set up meetings (the server checks this too). */
export function canCreateMeetings(user: Pick<User, 'roles'>): boolean {
  return [Role.Facilitator, Role.Coordinator, Role.Admin].some((role) => user.roles.includes(role));
}
