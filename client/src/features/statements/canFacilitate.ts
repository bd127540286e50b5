import { Role, type User } from '@leernetwerk/shared';

/** Facilitators (and admins, who hold every capability) create, steer and moderate conversations. */
export function canFacilitate(user: Pick<User, 'roles'>): boolean {
  return user.roles.includes(Role.Facilitator) || user.roles.includes(Role.Admin);
}
