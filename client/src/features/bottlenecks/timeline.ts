import type { TimelineEntry } from '@leernetwerk/shared';

/** The public timeline, oldest first; entries at the same moment keep the server's order. */
export function oldestFirst(timeline: TimelineEntry[]): TimelineEntry[] {
  return timeline
    .map((entry, index) => ({ entry, index, at: Date.parse(entry.at) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map(({ entry }) => entry);
}
