import type { User } from '@leernetwerk/shared';

/** Coordinators and facilitators (and admins, who hold every role) remove personal data from anything. */
export function canRemovePersonalData(user: Pick<User, 'roles'>): boolean {
  return user.roles.some((role) => role === 'facilitator' || role === 'coordinator' || role === 'admin');
}

/** Only coordinators (and admins) read the history of a text. */
export function canReadHistory(user: Pick<User, 'roles'>): boolean {
  return user.roles.some((role) => role === 'coordinator' || role === 'admin');
}
