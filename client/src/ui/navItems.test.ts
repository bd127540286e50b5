import { describe, expect, it } from '@jest/globals';
import type { Role } from '@leernetwerk/shared';
import { isCurrent, navItemsFor } from './navItems';

describe(navItemsFor.name, () => {
  it('shows the dashboard only to facilitators, coordinators and admins', () => {
    const paths = (roles: Role[]) => navItemsFor({ roles }).map((item) => item.to);
    expect(paths(['participant'])).not.toContain('/knelpunten/dashboard');
    for (const role of ['facilitator', 'coordinator', 'admin'] as const) {
      expect(paths(['participant', role])).toContain('/knelpunten/dashboard');
    }
  });

  it('lists home, every area and "Mijn acties" for everyone', () => {
    expect(navItemsFor({ roles: ['participant'] }).map((item) => item.to)).toEqual([
      '/',
      '/wereldcafe',
      '/stellingen',
      '/intervisie',
      '/bijeenkomsten',
      '/knelpunten',
      '/acties',
      '/notities',
      '/profiel',
    ]);
  });
});

describe(isCurrent.name, () => {
  const items = navItemsFor({ roles: ['coordinator'] });
  const current = (pathname: string) => items.filter((item) => isCurrent(item, pathname)).map((item) => item.to);

  it('marks one link for a page and its sub-pages', () => {
    expect(current('/')).toEqual(['/']);
    expect(current('/wereldcafe/abc')).toEqual(['/wereldcafe']);
    expect(current('/knelpunten/123')).toEqual(['/knelpunten']);
    expect(current('/knelpunten/dashboard')).toEqual(['/knelpunten/dashboard']);
  });
});
