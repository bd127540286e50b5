import { describe, expect, it } from '@jest/globals';
import { contrastRatio, mix, readableOn } from './contrast';

describe('contrastRatio', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fab005', '#fab005')).toBeCloseTo(1, 5);
  });

  it('matches what axe measured for the old "In behandeling" badge (yellow 6 on its 10% tint)', () => {
    expect(contrastRatio('#fab005', mix('#e67700', '#ffffff', 0.1))).toBeCloseTo(1.67, 1);
  });
});

describe('readableOn', () => {
  it('keeps a colour that is already readable', () => {
    expect(readableOn('#1864ab', '#ffffff')).toBe('#1864ab');
  });

  it('darkens yellow, orange and green just enough for AA text on their own tint', () => {
    for (const colour of ['#e67700', '#d9480f', '#2b8a3e', '#fab005', '#40c057']) {
      const background = mix(colour, '#ffffff', 0.12);
      const readable = readableOn(colour, background);
      expect(contrastRatio(readable, background)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(readable, background)).toBeLessThan(5.5);
    }
  });
});
