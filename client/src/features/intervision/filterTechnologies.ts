import type { Technology } from '@leernetwerk/shared';

/** Technologies whose name, kind (as shown) or description contain every word of the filter. */
export function filterTechnologies(
  technologies: Technology[],
  filter: string,
  kindName: (kind: Technology['kind']) => string,
): Technology[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return technologies;
  return technologies.filter((technology) => {
    const text = `${technology.name} ${technology.kind} ${kindName(technology.kind)} ${technology.description}`;
    const lower = text.toLowerCase();
    return words.every((word) => lower.includes(word));
  });
}
