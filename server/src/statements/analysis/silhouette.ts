import { squaredDistance, type Point } from './k-means';

/**
 * Mean silhouette coefficient (Rousseeuw 1987): how much closer each point is to its own cluster
 * than to the nearest other one, from −1 to 1. A point alone in its cluster scores 0, by convention.
 */
export function meanSilhouette(points: readonly Point[], labels: readonly number[]): number {
  if (points.length === 0) return 0;
  const clusterCount = Math.max(...labels) + 1;
  const sizes = new Array<number>(clusterCount).fill(0);
  for (const label of labels) sizes[label] = (sizes[label] ?? 0) + 1;
  if (sizes.filter((size) => size > 0).length < 2) return 0;

  let total = 0;
  points.forEach((point, i) => {
    const own = labels[i] ?? 0;
    if ((sizes[own] ?? 0) <= 1) return;
    const distanceSums = new Array<number>(clusterCount).fill(0);
    points.forEach((other, j) => {
      if (i === j) return;
      const label = labels[j] ?? 0;
      distanceSums[label] = (distanceSums[label] ?? 0) + Math.sqrt(squaredDistance(point, other));
    });
    const a = (distanceSums[own] ?? 0) / ((sizes[own] ?? 1) - 1);
    let b = Infinity;
    distanceSums.forEach((sum, label) => {
      const size = sizes[label] ?? 0;
      if (label !== own && size > 0) b = Math.min(b, sum / size);
    });
    const spread = Math.max(a, b);
    total += spread > 0 ? (b - a) / spread : 0;
  });
  return total / points.length;
}
