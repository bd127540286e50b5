import { describe, expect, it } from '@jest/globals';
import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { contrastRatio, mix } from './contrast';
import { readableVariantColors } from './readableVariantColors';
import { theme as appTheme } from './theme';

const theme = mergeMantineTheme(DEFAULT_THEME, appTheme);
const COLOURS = [
  'yellow.9',
  'orange.9',
  'green.9',
  'teal.9',
  'violet.9',
  'blue.9',
  'gray.8',
  'grape.9',
  'red',
  'green',
];

describe('readableVariantColors', () => {
  it('gives badge and alert text at least 4.5:1 on its own tint, whatever the colour', () => {
    for (const color of COLOURS) {
      for (const variant of ['light', 'outline', 'subtle']) {
        const { color: text } = readableVariantColors({ color, theme, variant });
        const base = theme.colors[color.split('.')[0] ?? '']?.[Number(color.split('.')[1] ?? 8)] ?? '';
        expect([color, variant, contrastRatio(text, mix(base, '#ffffff', 0.12)) >= 4.5]).toEqual([
          color,
          variant,
          true,
        ]);
      }
    }
  });

  it('puts white text of filled badges and buttons on a background dark enough for 4.5:1', () => {
    for (const color of COLOURS) {
      const { background, color: text } = readableVariantColors({ color, theme, variant: 'filled' });
      const shown = background.startsWith('#')
        ? background
        : (theme.colors[color.split('.')[0] ?? '']?.[Number(color.split('.')[1] ?? 8)] ?? '');
      expect(text).toBe('var(--mantine-color-white)');
      expect([color, contrastRatio('#ffffff', shown) >= 4.5]).toEqual([color, true]);
    }
  });
});
