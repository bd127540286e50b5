import { Role, type User } from '@leernetwerk/shared';

/** Admins hold every capability; others need one of the listed roles. */
export function hasAnyRole(user: Pick<User, 'roles'>, roles: readonly Role[]): boolean {
  return user.roles.includes(Role.Admin) || roles.some((role) => user.roles.includes(role));
}
