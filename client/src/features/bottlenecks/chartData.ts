import {
  BOTTLENECK_STATUSES,
  type BottleneckDashboard,
  type BottleneckStatus,
  type CompassPillar,
} from '@leernetwerk/shared';

/** One bar: `share` is its length relative to the longest bar (0..1). */
export interface ChartRow {
  key: string;
  label: string;
  count: number;
  share: number;
}

interface Count {
  key: string;
  label: string;
  count: number;
}

function withShares(counts: Count[]): ChartRow[] {
  const max = Math.max(0, ...counts.map(({ count }) => count));
  return counts.map((row) => ({ ...row, share: max === 0 ? 0 : row.count / max }));
}

/** Largest first; equal counts in the order of their labels, so the chart does not jump around. */
function byCount(counts: Count[]): Count[] {
  return [...counts].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export function pillarRows(
  byPillar: BottleneckDashboard['byPillar'],
  label: (pillar: CompassPillar | null) => string,
): ChartRow[] {
  return withShares(
    byCount(byPillar.map(({ pillar, count }) => ({ key: pillar ?? 'none', label: label(pillar), count }))),
  );
}

export function technologyRows(byTechnology: BottleneckDashboard['byTechnology'], noTechnology: string): ChartRow[] {
  return withShares(
    byCount(
      byTechnology.map(({ technologyId, technologyName, count }) => ({
        key: technologyId ?? 'none',
        label: technologyName ?? noTechnology,
        count,
      })),
    ),
  );
}

/** Every status in the order of the flow, also those with none, so the steps read as a funnel. */
export function statusRows(
  byStatus: BottleneckDashboard['byStatus'],
  label: (status: BottleneckStatus) => string,
): ChartRow[] {
  const counts = new Map(byStatus.map(({ status, count }) => [status, count]));
  return withShares(
    BOTTLENECK_STATUSES.map((status) => ({ key: status, label: label(status), count: counts.get(status) ?? 0 })),
  );
}
