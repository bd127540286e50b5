import { adjustedRandIndex } from './adjusted-rand-index';
import { kMeans } from './k-means';
import { findOpinionGroups, mergeSmallGroups } from './opinion-groups';
import { seededRandom } from './seeded-random';
import { meanSilhouette } from './silhouette';

const blob = (cx: number, cy: number, n: number, random: () => number) =>
  Array.from({ length: n }, () => [cx + random() - 0.5, cy + random() - 0.5]);

describe(adjustedRandIndex.name, () => {
  it('is 1 for the same partition under other label names', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2], [2, 2, 0, 0, 1])).toBe(1);
  });

  it('matches a worked example', () => {
    // Contingency [[2,1],[0,2]]: index 2, expected 1.6, maximum 4 → (2 − 1.6) / (4 − 1.6).
    expect(adjustedRandIndex([0, 0, 0, 1, 1], [0, 0, 1, 1, 1])).toBeCloseTo(1 / 6);
  });
});

describe(meanSilhouette.name, () => {
  it('is near 1 for two far-apart tight clusters and negative for swapped labels', () => {
    const points = [
      [0, 0],
      [0, 1],
      [10, 0],
      [10, 1],
    ];
    expect(meanSilhouette(points, [0, 0, 1, 1])).toBeGreaterThan(0.9);
    expect(meanSilhouette(points, [0, 1, 0, 1])).toBeLessThan(0);
  });
});

describe(kMeans.name, () => {
  it('separates three blobs', () => {
    const random = seededRandom(1);
    const points = [...blob(0, 0, 10, random), ...blob(8, 0, 10, random), ...blob(4, 7, 10, random)];
    const result = kMeans(points, 3, seededRandom(2));
    const truth = points.map((_, i) => Math.floor(i / 10));
    expect(adjustedRandIndex(result?.labels ?? [], truth)).toBe(1);
  });

  it('gives up when there are fewer distinct points than clusters', () => {
    expect(
      kMeans(
        [
          [1, 1],
          [1, 1],
          [2, 2],
        ],
        3,
        seededRandom(3),
      ),
    ).toBeNull();
  });
});

describe(findOpinionGroups.name, () => {
  it('picks the number of groups with the best silhouette', () => {
    const random = seededRandom(4);
    const points = [
      ...blob(0, 0, 12, random),
      ...blob(9, 0, 12, random),
      ...blob(0, 9, 12, random),
      ...blob(9, 9, 12, random),
    ];
    const outcome = findOpinionGroups(points, 5, 3);
    expect(outcome.kind === 'grouped' && outcome.groupCount).toBe(4);
  });
});

describe(mergeSmallGroups.name, () => {
  it('folds a group below the minimum size into its nearest neighbour, then numbers the largest group 0', () => {
    const points = [[0], [0.1], [0.2], [5], [5.1], [5.2], [6]];
    expect(mergeSmallGroups(points, [0, 0, 0, 1, 1, 1, 2], 3)).toEqual([1, 1, 1, 0, 0, 0, 0]);
  });
});
