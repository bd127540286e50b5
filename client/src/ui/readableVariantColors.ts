import { defaultVariantColorsResolver, parseThemeColor, type VariantColorsResolver } from '@mantine/core';
import { mix, readableOn } from './contrast';

const WHITE = '#ffffff';
const BLACK = '#000000';
const TINTED = new Set(['light', 'outline', 'subtle', 'transparent']);

/**
 * Mantine draws the text of light, outline, subtle and transparent variants (badges, alerts,
 * quiet buttons) in a middle shade, and white text on filled ones: with yellow, orange, green or
 * teal that reads at 1.7-4.3:1. This keeps each colour's hue and darkens it just enough for AA
 * (4.5:1), so a component may pick any colour without checking contrast itself.
 */
export const readableVariantColors: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return resolved;
  const { primaryShade } = input.theme;
  const shade = parsed.shade ?? (typeof primaryShade === 'number' ? primaryShade : primaryShade.light);
  const colour = input.theme.colors[parsed.color]?.[shade];
  if (!colour) return resolved;

  if (input.variant === 'filled' && resolved.color === 'var(--mantine-color-white)') {
    const background = readableOn(colour, WHITE);
    if (background === colour) return resolved;
    return { ...resolved, background, hover: mix(BLACK, background, 0.1) };
  }
  if (!TINTED.has(input.variant)) return resolved;
  // 12% is the strongest tint these variants take (light, and the hover of subtle).
  const text = readableOn(colour, mix(colour, WHITE, 0.12));
  return { ...resolved, color: text, border: resolved.border.replace(/var\(--mantine-color-[\w-]+\)/, text) };
};
