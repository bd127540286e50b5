import { kMeans, squaredDistance, type Point } from './k-means';
import { seededRandom } from './seeded-random';
import { meanSilhouette } from './silhouette';

export type GroupingOutcome =
  | { kind: 'grouped'; labels: number[]; groupCount: number; silhouette: number }
  | { kind: 'withheld'; reason: 'groups-too-small' | 'no-differences' };

const CLUSTERING_SEED = 0x5eed;

/**
 * Clusters the 2-D projection, as Pol.is does: the first two components carry the main lines of
 * disagreement and drop the noise of many weak ones, and groups found there match what the chart
 * shows. Tries k = 2..maxGroups, folds groups below minGroupSize into their nearest neighbour, and
 * keeps the k with the best mean silhouette (ties go to fewer groups, the simpler story).
 * Labels are renumbered so group 0 is the largest.
 */
export function findOpinionGroups(points: readonly Point[], maxGroups: number, minGroupSize: number): GroupingOutcome {
  let best: { labels: number[]; groupCount: number; silhouette: number } | null = null;
  let anyDistinct = false;
  const largestK = Math.min(maxGroups, points.length - 1);
  for (let k = 2; k <= largestK; k += 1) {
    // A generator per k, so the result for one k never depends on which others were tried.
    const clustering = kMeans(points, k, seededRandom(CLUSTERING_SEED + k));
    if (!clustering) continue;
    anyDistinct = true;
    const labels = mergeSmallGroups(points, clustering.labels, minGroupSize);
    const groupCount = Math.max(...labels) + 1;
    if (groupCount < 2) continue;
    const silhouette = meanSilhouette(points, labels);
    if (!best || silhouette > best.silhouette + 1e-12) best = { labels, groupCount, silhouette };
  }
  if (best) return { kind: 'grouped', ...best };
  return { kind: 'withheld', reason: anyDistinct ? 'groups-too-small' : 'no-differences' };
}

/** Moves the members of the smallest too-small group to the nearest other centroid, repeatedly. */
export function mergeSmallGroups(points: readonly Point[], labels: readonly number[], minGroupSize: number): number[] {
  let current = relabelBySize(labels);
  for (;;) {
    const sizes = groupSizes(current);
    const smallest = sizes.length - 1;
    if (sizes.length < 2 || (sizes[smallest] ?? 0) >= minGroupSize) return current;
    const centroids = groupCentroids(points, current, sizes.length);
    const moved = current.map((label, i) => {
      if (label !== smallest) return label;
      let target = 0;
      let distance = Infinity;
      centroids.forEach((centroid, c) => {
        const d = c === smallest ? Infinity : squaredDistance(points[i] ?? [], centroid);
        if (d < distance) {
          distance = d;
          target = c;
        }
      });
      return target;
    });
    current = relabelBySize(moved);
  }
}

function groupSizes(labels: readonly number[]): number[] {
  const sizes: number[] = [];
  for (const label of labels) sizes[label] = (sizes[label] ?? 0) + 1;
  return Array.from(sizes, (size) => size ?? 0);
}

function groupCentroids(points: readonly Point[], labels: readonly number[], count: number): number[][] {
  const dimensions = points[0]?.length ?? 0;
  const sums = Array.from({ length: count }, () => new Array<number>(dimensions).fill(0));
  const sizes = new Array<number>(count).fill(0);
  points.forEach((point, i) => {
    const label = labels[i] ?? 0;
    const sum = sums[label];
    if (!sum) return;
    point.forEach((value, d) => (sum[d] = (sum[d] ?? 0) + value));
    sizes[label] = (sizes[label] ?? 0) + 1;
  });
  return sums.map((sum, label) => sum.map((value) => value / Math.max(1, sizes[label] ?? 0)));
}

/**
 * Dense labels 0..n−1, largest group first; equal sizes keep the order of their first member, so
 * the numbering is stable for the same input.
 */
function relabelBySize(labels: readonly number[]): number[] {
  const sizes = new Map<number, number>();
  const firstSeen = new Map<number, number>();
  labels.forEach((label, i) => {
    sizes.set(label, (sizes.get(label) ?? 0) + 1);
    if (!firstSeen.has(label)) firstSeen.set(label, i);
  });
  const order = [...sizes.keys()].sort(
    (a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0),
  );
  const renumber = new Map(order.map((label, index) => [label, index]));
  return labels.map((label) => renumber.get(label) ?? 0);
}
