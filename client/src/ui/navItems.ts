import { Role, type User } from '@leernetwerk/shared';
import { AREAS } from '../features/areas/areas';

/** One link of the main navigation; `label` is an i18n key. */
export interface NavItem {
  to: string;
  label: string;
  /** Sub-pages that belong to another link (the dashboard under the register) do not count. */
  except?: string;
}

const DASHBOARD = '/knelpunten/dashboard';
const COORDINATING_ROLES: readonly string[] = [Role.Facilitator, Role.Coordinator, Role.Admin];

/** The links a person may use, in the header's order: home, the areas, then their own places. */
export function navItemsFor(user: Pick<User, 'roles'>): NavItem[] {
  const canCoordinate = user.roles.some((role) => COORDINATING_ROLES.includes(role));
  return [
    { to: '/', label: 'nav.home' },
    ...AREAS.map(({ key, path }) =>
      path === '/knelpunten'
        ? { to: path, label: `areas.${key}.name`, except: DASHBOARD }
        : { to: path, label: `areas.${key}.name` },
    ),
    ...(canCoordinate ? [{ to: DASHBOARD, label: 'nav.dashboard' }] : []),
    { to: '/acties', label: 'nav.actions' },
    { to: '/notities', label: 'nav.notes' },
    { to: '/profiel', label: 'nav.profile' },
  ];
}

/** Whether the page at `pathname` is this link's (or one of its sub-pages). */
export function isCurrent(item: NavItem, pathname: string): boolean {
  if (item.except && (pathname === item.except || pathname.startsWith(`${item.except}/`))) return false;
  if (item.to === '/') return pathname === '/';
  return pathname === item.to || pathname.startsWith(`${item.to}/`);
}
