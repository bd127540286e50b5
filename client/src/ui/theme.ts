import { createTheme, type CSSVariablesResolver } from '@mantine/core';
import { readableVariantColors } from './readableVariantColors';

// Shade 8 keeps white text on filled buttons above the WCAG AA contrast ratio of 4.5:1.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  focusRing: 'auto',
  variantColorResolver: readableVariantColors,
});

/** Mantine's default dimmed and error colours are too light for AA contrast on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
