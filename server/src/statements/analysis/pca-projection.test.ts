import { projectParticipants } from './pca-projection';

const row = (value: number, voted = 10) => Array.from({ length: 10 }, (_, i) => (i < voted ? value : null));

describe(projectParticipants.name, () => {
  it('puts opposite voters on opposite sides of the first component', () => {
    const points = projectParticipants([row(1), row(1), row(1), row(-1), row(-1), row(-1)]);
    const xs = points.map(([x]) => x);
    expect(Math.sign(xs[0] ?? 0)).toBe(-Math.sign(xs[3] ?? 0));
    expect(xs[0]).toBeCloseTo(xs[1] ?? NaN);
  });

  it('keeps someone with few votes from collapsing into the centre', () => {
    // Mean imputation alone would place the two-vote participant at a fifth of the full voters' distance.
    const points = projectParticipants([row(1), row(1), row(1), row(-1), row(-1), row(-1), row(1, 2)]);
    const full = Math.abs(points[0]?.[0] ?? 0);
    const sparse = Math.abs(points[6]?.[0] ?? 0);
    expect(sparse / full).toBeGreaterThan(0.4);
    expect(Math.sign(points[6]?.[0] ?? 0)).toBe(Math.sign(points[0]?.[0] ?? 0));
  });

  it('fixes the arbitrary sign of a component: whoever agrees with the heaviest statement is on the right', () => {
    const groups = [
      [row(1), row(1), row(-1), row(-1), row(-1)],
      [row(-1), row(-1), row(-1), row(1), row(1)],
      [row(-1, 8), row(1), row(1, 6), row(-1), row(1)],
    ];
    for (const rows of groups) {
      const points = projectParticipants(rows);
      rows.forEach((votes, i) => expect(Math.sign(points[i]?.[0] ?? 0)).toBe(votes[0] ?? 0));
    }
  });
});
