import { describe, expect, it } from '@jest/globals';
import { USER_COLOURS, userColour } from './userColour';

function relativeLuminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe(userColour.name, () => {
  it('only uses colours on which white text meets WCAG AA (4.5:1)', () => {
    for (const colour of USER_COLOURS) {
      expect(colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(1.05 / (relativeLuminance(colour) + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives a user the same colour every time and spreads users over the palette', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `65a0c0ffee${String(i).padStart(14, '0')}`);
    expect(ids.map(userColour)).toEqual(ids.map(userColour));
    expect(new Set(ids.map(userColour)).size).toBeGreaterThan(5);
  });
});
