/** WCAG 2.1 contrast between hex colours, and darkening a colour until text in it is readable. */

type Rgb = [number, number, number];

function rgbOf(hex: string): Rgb {
  const digits = hex.replace('#', '');
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  return [0, 2, 4].map((start) => parseInt(full.slice(start, start + 2), 16)) as Rgb;
}

const hexOf = (rgb: Rgb): string =>
  `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;

function luminance(hex: string): number {
  const [r, g, b] = rgbOf(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `amount` of `colour` laid over `base` (as a translucent fill over the page). */
export function mix(colour: string, base: string, amount: number): string {
  const top = rgbOf(colour);
  const bottom = rgbOf(base);
  return hexOf(top.map((channel, i) => channel * amount + bottom[i]! * (1 - amount)) as Rgb);
}

/** AA for normal text is 4.5:1; a little margin keeps rounding from tipping it under. */
const AA_TEXT = 4.6;

/** The colour itself when text in it reads at AA on `background`, else the least darkened version that does. */
export function readableOn(colour: string, background: string, minimum = AA_TEXT): string {
  for (let black = 0; black < 1; black += 0.02) {
    const candidate = mix('#000000', colour, black);
    if (contrastRatio(candidate, background) >= minimum) return candidate;
  }
  return '#000000';
}
