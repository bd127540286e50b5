/**
 * The strings at the given paths of a validated request body, keyed by their concrete path.
 * A path is dot-separated; `*` stands for every item of an array: `tables.*.prompt.text` gives
 * `tables.0.prompt.text`, `tables.1.prompt.text`, … Missing parts and non-strings are skipped, so
 * one path list serves both a create and a partial update.
 */
export function textsAt(body: unknown, paths: readonly string[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const path of paths) collect(body, path.split('.'), [], texts);
  return texts;
}

function collect(value: unknown, rest: readonly string[], at: readonly string[], into: Record<string, string>): void {
  const [head, ...tail] = rest;
  if (head === undefined) {
    if (typeof value === 'string') into[at.join('.')] = value;
    return;
  }
  if (head === '*') {
    if (Array.isArray(value))
      value.forEach((item: unknown, index) => collect(item, tail, [...at, String(index)], into));
    return;
  }
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, head)) {
    collect((value as Record<string, unknown>)[head], tail, [...at, head], into);
  }
}
