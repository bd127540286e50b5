import { PCA } from 'ml-pca';

export type Point2D = [number, number];

/**
 * Places each participant on the two principal components of the vote matrix, as Pol.is does.
 * Missing votes take the statement's mean so that not voting says nothing either way.
 */
export function projectParticipants(rows: readonly (readonly (number | null)[])[]): Point2D[] {
  const columnCount = rows[0]?.length ?? 0;
  if (rows.length < 2 || columnCount === 0) return rows.map(() => [0, 0]);

  const means = columnMeans(rows, columnCount);
  const filled = rows.map((row) => row.map((cell, column) => cell ?? means[column] ?? 0));
  const pca = new PCA(filled, { center: true, scale: false });
  const components = Math.min(2, columnCount, rows.length);
  const projected = pca.predict(filled, { nComponents: components }).to2DArray();
  const signs = componentSigns(pca.getLoadings().to2DArray(), components);

  return projected.map((coordinates, index) => {
    // Mean imputation pulls people with few votes toward the centre; Pol.is stretches them back
    // by sqrt(statements / own votes) so that sparse voters land where their votes point.
    const voted = rows[index]?.filter((cell) => cell !== null).length ?? 0;
    const stretch = voted > 0 ? Math.sqrt(columnCount / voted) : 0;
    return [(coordinates[0] ?? 0) * (signs[0] ?? 1) * stretch, (coordinates[1] ?? 0) * (signs[1] ?? 1) * stretch];
  });
}

function columnMeans(rows: readonly (readonly (number | null)[])[], columnCount: number): number[] {
  const sums = new Array<number>(columnCount).fill(0);
  const counts = new Array<number>(columnCount).fill(0);
  for (const row of rows) {
    row.forEach((cell, column) => {
      if (cell === null) return;
      sums[column] = (sums[column] ?? 0) + cell;
      counts[column] = (counts[column] ?? 0) + 1;
    });
  }
  return sums.map((sum, column) => {
    const count = counts[column] ?? 0;
    return count > 0 ? sum / count : 0;
  });
}

/**
 * A principal component's sign is arbitrary; fixing it (largest loading positive) keeps the chart
 * from mirroring when a single vote is added.
 */
function componentSigns(loadings: number[][], components: number): number[] {
  const signs: number[] = [];
  for (let component = 0; component < components; component += 1) {
    const row = loadings[component] ?? [];
    let largest = 0;
    for (const value of row) if (Math.abs(value) > Math.abs(largest) + 1e-12) largest = value;
    signs.push(largest < 0 ? -1 : 1);
  }
  return signs;
}
