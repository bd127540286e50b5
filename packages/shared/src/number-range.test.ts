import { rangeMessage, wholeNumberIn } from './number-range';

describe(wholeNumberIn.name, () => {
  const rounds = wholeNumberIn(1, 6);

  it('accepts the ends of the range and what lies between', () => {
    expect(rounds.parse(1)).toBe(1);
    expect(rounds.parse(6)).toBe(6);
    expect(rounds.parse(3)).toBe(3);
  });

  it('refuses a number outside the range with the range, instead of clamping it', () => {
    for (const outside of [0, 7, 250, -1, 2.5]) {
      const result = rounds.safeParse(outside);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual([rangeMessage(1, 6)]);
    }
    expect(rangeMessage(1, 6)).toBe('Use a whole number from 1 to 6');
  });
});
