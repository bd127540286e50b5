import type { StoredTimelineEntry } from '../bottlenecks/bottleneck.schema';
import type { StoredBottleneck } from '../bottlenecks/bottlenecks.repository';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** Days after the report at which each following timeline entry happened, in order. */
const STEP_DAYS = [1, 2, 4, 8, 13, 18];

/**
 * The dates a demo bottleneck would have had if it had been reported at `reportedAt` and moved on
 * over the following days (never later than `now`): the seeding services stamp everything "now".
 */
export function backdatedHistory(
  bottleneck: Pick<StoredBottleneck, 'timeline' | 'affected'>,
  reportedAt: Date,
  now: Date,
): Pick<StoredBottleneck, 'createdAt' | 'updatedAt' | 'timeline' | 'affected'> {
  const at = (index: number): string => {
    const days = index === 0 ? 0 : (STEP_DAYS[index - 1] ?? index * 3);
    return new Date(Math.min(reportedAt.getTime() + days * DAY_MS + index * HOUR_MS, now.getTime())).toISOString();
  };
  const timeline: StoredTimelineEntry[] = bottleneck.timeline.map((entry, index) => ({ ...entry, at: at(index) }));
  const supportedAt = new Map(
    timeline.flatMap((entry) => (entry.kind === 'supported' ? [[entry.organisationId, entry.at] as const] : [])),
  );
  const createdAt = at(0);
  return {
    createdAt,
    updatedAt: timeline.at(-1)?.at ?? createdAt,
    timeline,
    affected: bottleneck.affected.map((entry) => ({
      ...entry,
      at: entry.reported ? createdAt : (supportedAt.get(entry.organisationId) ?? createdAt),
    })),
  };
}
