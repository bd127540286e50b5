import { NO_OWNERSHIP } from '../common/content-history';
import type { StoredBottleneck } from './bottlenecks.repository';

/** A stored bottleneck for small tests: reported by `u` of organisation `compass`, status new. */
export function storedBottleneck(overrides: Partial<StoredBottleneck> = {}): StoredBottleneck {
  const at = overrides.createdAt ?? '2026-11-01T10:00:00.000Z';
  return {
    id: 'b1',
    title: 'Geen budget',
    description: 'Licenties',
    technologyId: null,
    pillar: null,
    scope: 'structural',
    status: 'new',
    source: { kind: 'standalone' },
    reporterId: 'u',
    affected: [{ organisationId: 'compass', userId: 'u', note: '', reported: true, at }],
    followerIds: ['u'],
    timeline: [{ kind: 'reported', at, actorId: 'u', mergedFrom: null }],
    mergedInto: null,
    revision: 0,
    ownership: NO_OWNERSHIP,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}
