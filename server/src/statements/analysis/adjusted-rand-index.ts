/**
 * Adjusted Rand index (Hubert & Arabie 1985): agreement between two partitions of the same items,
 * 1 for identical ones whatever the label names, about 0 for chance. Used to check found groups
 * against planted ones.
 */
export function adjustedRandIndex(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error('partitions must cover the same items');
  const pairs = (n: number) => (n * (n - 1)) / 2;
  const cells = new Map<string, number>();
  const rows = new Map<number, number>();
  const columns = new Map<number, number>();
  a.forEach((labelA, i) => {
    const labelB = b[i] ?? 0;
    const key = `${labelA}:${labelB}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(labelA, (rows.get(labelA) ?? 0) + 1);
    columns.set(labelB, (columns.get(labelB) ?? 0) + 1);
  });
  const sumCells = [...cells.values()].reduce((sum, n) => sum + pairs(n), 0);
  const sumRows = [...rows.values()].reduce((sum, n) => sum + pairs(n), 0);
  const sumColumns = [...columns.values()].reduce((sum, n) => sum + pairs(n), 0);
  const expected = (sumRows * sumColumns) / pairs(a.length);
  const maximum = (sumRows + sumColumns) / 2;
  if (maximum === expected) return 1;
  return (sumCells - expected) / (maximum - expected);
}
