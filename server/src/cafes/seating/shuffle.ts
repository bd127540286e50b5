/** Fisher–Yates on a copy; with a seeded `random` the order is the same on every run. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const item = copy[i] as T;
    copy[i] = copy[j] as T;
    copy[j] = item;
  }
  return copy;
}
