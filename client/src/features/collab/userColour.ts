/**
 * Colours for people in a shared document. Each has a contrast of at least 4.5:1 with white, so
 * a white name on it (the caret label) stays readable; `#rrggbb` because the caret extension
 * accepts only that form.
 */
export const USER_COLOURS = [
  '#1864ab',
  '#c92a2a',
  '#087f5b',
  '#6741d9',
  '#a84300',
  '#c2255c',
  '#0b7285',
  '#2b7a3b',
  '#9c36b5',
  '#8a5a00',
] as const;

/** The same person gets the same colour on every device: it is derived from the user id. */
export function userColour(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return USER_COLOURS[hash % USER_COLOURS.length] ?? USER_COLOURS[0];
}
