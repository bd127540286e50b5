/** The four areas of the platform: their route and the key of their texts under `areas.` in i18n. */
export const AREAS = [
  { key: 'wereldcafe', path: '/wereldcafe' },
  { key: 'stellingen', path: '/stellingen' },
  { key: 'intervisie', path: '/intervisie' },
  { key: 'knelpunten', path: '/knelpunten' },
] as const;

export type AreaKey = (typeof AREAS)[number]['key'];
