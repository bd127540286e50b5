/**
 * The areas of the platform: their route, the key of their texts under `areas.` in i18n, and
 * whether they are built (the others show a placeholder page).
 */
export const AREAS = [
  { key: 'wereldcafe', path: '/wereldcafe', available: true },
  { key: 'stellingen', path: '/stellingen', available: true },
  { key: 'intervisie', path: '/intervisie', available: true },
  { key: 'bijeenkomsten', path: '/bijeenkomsten', available: true },
  { key: 'knelpunten', path: '/knelpunten', available: true },
] as const;

export type AreaKey = (typeof AREAS)[number]['key'];
