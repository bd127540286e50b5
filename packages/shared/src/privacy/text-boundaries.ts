const ALPHANUMERIC = /[\p{L}\p{N}]/u;
const DIGIT = /\d/;

/**
 * True when the passage at [start, end) is not glued to a longer number or word: no letter or digit
 * touches it, and no `.`/`,`/`-`/`/` joins it to more digits (as in 1.123456782 or 123456782,50).
 */
export function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (ALPHANUMERIC.test(before) || ALPHANUMERIC.test(after)) return false;
  if (/[.,/-]/.test(before) && DIGIT.test(text[start - 2] ?? '')) return false;
  if (/[.,/-]/.test(after) && DIGIT.test(text[end + 1] ?? '')) return false;
  return true;
}
