export type Point = readonly number[];

export interface KMeansResult {
  labels: number[];
  centroids: number[][];
  inertia: number;
}

export interface KMeansOptions {
  restarts: number;
  maxIterations: number;
}

export const DEFAULT_K_MEANS_OPTIONS: KMeansOptions = { restarts: 10, maxIterations: 100 };

/**
 * Lloyd's k-means with k-means++ seeding, the best of several restarts by inertia. Written here
 * rather than taken from ml-kmeans because its current major is ESM-only, which the CommonJS
 * server and ts-jest cannot load. Returns null when there are fewer than k distinct points.
 */
export function kMeans(
  points: readonly Point[],
  k: number,
  random: () => number,
  options: KMeansOptions = DEFAULT_K_MEANS_OPTIONS,
): KMeansResult | null {
  let best: KMeansResult | null = null;
  for (let restart = 0; restart < options.restarts; restart += 1) {
    const seeds = kMeansPlusPlus(points, k, random);
    if (!seeds) return null;
    const result = lloyd(points, seeds, options.maxIterations);
    if (!best || result.inertia < best.inertia) best = result;
  }
  return best;
}

export function squaredDistance(a: Point, b: Point): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    sum += d * d;
  }
  return sum;
}

function kMeansPlusPlus(points: readonly Point[], k: number, random: () => number): number[][] | null {
  const first = points[Math.floor(random() * points.length)];
  if (!first || k > points.length) return null;
  const centroids: number[][] = [[...first]];
  while (centroids.length < k) {
    const weights = points.map((point) => Math.min(...centroids.map((c) => squaredDistance(point, c))));
    const total = weights.reduce((sum, w) => sum + w, 0);
    if (total <= 1e-12) return null;
    let target = random() * total;
    let chosen = points.length - 1;
    for (let i = 0; i < weights.length; i += 1) {
      target -= weights[i] ?? 0;
      if (target <= 0 && (weights[i] ?? 0) > 0) {
        chosen = i;
        break;
      }
    }
    centroids.push([...(points[chosen] ?? first)]);
  }
  return centroids;
}

function nearest(point: Point, centroids: readonly Point[]): { index: number; distance: number } {
  let index = 0;
  let distance = Infinity;
  centroids.forEach((centroid, i) => {
    const d = squaredDistance(point, centroid);
    if (d < distance) {
      distance = d;
      index = i;
    }
  });
  return { index, distance };
}

function lloyd(points: readonly Point[], start: number[][], maxIterations: number): KMeansResult {
  const centroids = start.map((c) => [...c]);
  let labels = points.map((point) => nearest(point, centroids).index);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    updateCentroids(points, labels, centroids);
    const next = points.map((point) => nearest(point, centroids).index);
    const changed = next.some((label, i) => label !== labels[i]);
    labels = next;
    if (!changed) break;
  }
  const inertia = points.reduce((sum, point, i) => sum + squaredDistance(point, centroids[labels[i] ?? 0] ?? point), 0);
  return { labels, centroids, inertia };
}

/** An emptied cluster keeps its old centroid; the next assignment may refill it. */
function updateCentroids(points: readonly Point[], labels: readonly number[], centroids: number[][]): void {
  const dimensions = points[0]?.length ?? 0;
  const sums = centroids.map(() => new Array<number>(dimensions).fill(0));
  const counts = centroids.map(() => 0);
  points.forEach((point, i) => {
    const label = labels[i] ?? 0;
    const sum = sums[label];
    if (!sum) return;
    for (let d = 0; d < dimensions; d += 1) sum[d] = (sum[d] ?? 0) + (point[d] ?? 0);
    counts[label] = (counts[label] ?? 0) + 1;
  });
  centroids.forEach((centroid, c) => {
    const count = counts[c] ?? 0;
    if (count === 0) return;
    for (let d = 0; d < dimensions; d += 1) centroid[d] = (sums[c]?.[d] ?? 0) / count;
  });
}
