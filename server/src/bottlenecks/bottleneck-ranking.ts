import {
  BOTTLENECK_STATUSES,
  compassPillarSchema,
  type BottleneckFilter,
  type CompassPillar,
} from '@leernetwerk/shared';
import type { StoredBottleneck } from './bottlenecks.repository';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days since it was reported. */
export function ageInDays(bottleneck: Pick<StoredBottleneck, 'createdAt'>, now: number): number {
  return Math.floor((now - Date.parse(bottleneck.createdAt)) / DAY_MS);
}

export function matchesFilter(bottleneck: StoredBottleneck, filter: BottleneckFilter, now: number): boolean {
  if (filter.technologyId && bottleneck.technologyId !== filter.technologyId) return false;
  if (filter.pillar && bottleneck.pillar !== filter.pillar) return false;
  if (filter.status && bottleneck.status !== filter.status) return false;
  if (filter.scope && bottleneck.scope !== filter.scope) return false;
  if (filter.meetingId && !(bottleneck.source.kind === 'meeting' && bottleneck.source.meetingId === filter.meetingId))
    return false;
  const age = ageInDays(bottleneck, now);
  if (filter.minAgeDays !== undefined && age < filter.minAgeDays) return false;
  if (filter.maxAgeDays !== undefined && age > filter.maxAgeDays) return false;
  return true;
}

/** Most organisations affected first; among equals, the one that moved most recently. */
export function rankByOrganisations(bottlenecks: readonly StoredBottleneck[]): StoredBottleneck[] {
  return [...bottlenecks].sort(
    (a, b) => b.affected.length - a.affected.length || b.updatedAt.localeCompare(a.updatedAt),
  );
}

export interface BottleneckCounts {
  byPillar: { pillar: CompassPillar | null; count: number }[];
  byTechnology: { technologyId: string | null; count: number }[];
  byStatus: { status: (typeof BOTTLENECK_STATUSES)[number]; count: number }[];
}

function countBy<K>(items: readonly StoredBottleneck[], key: (b: StoredBottleneck) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** Counts for the dashboard's charts: every pillar and status (zeros too), technologies that occur. */
export function countBottlenecks(bottlenecks: readonly StoredBottleneck[]): BottleneckCounts {
  const pillars = countBy(bottlenecks, (b) => b.pillar);
  const statuses = countBy(bottlenecks, (b) => b.status);
  const technologies = countBy(bottlenecks, (b) => b.technologyId);
  return {
    byPillar: [...compassPillarSchema.options, null].map((pillar) => ({ pillar, count: pillars.get(pillar) ?? 0 })),
    byStatus: BOTTLENECK_STATUSES.map((status) => ({ status, count: statuses.get(status) ?? 0 })),
    byTechnology: [...technologies.entries()]
      .map(([technologyId, count]) => ({ technologyId, count }))
      .sort((a, b) => b.count - a.count),
  };
}
