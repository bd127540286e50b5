/** A server path such as `agenda.2.title` as zod writes it: `['agenda', 2, 'title']`. */
export function pathParts(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
