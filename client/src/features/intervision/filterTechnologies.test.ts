import { describe, expect, it } from '@jest/globals';
import type { Technology } from '@leernetwerk/shared';
import { filterTechnologies } from './filterTechnologies';

const list: Technology[] = [
  { id: 'a', name: 'VR-bril', kind: 'vr', description: 'Contact met jongeren' },
  { id: 'b', name: 'GrowPad', kind: 'app', description: 'Eigen doelen' },
];
const kindName = (kind: string) => (kind === 'vr' ? 'Virtual reality' : 'App');

describe('filterTechnologies', () => {
  it('matches name, kind as shown and description, every word', () => {
    expect(filterTechnologies(list, '', kindName)).toHaveLength(2);
    expect(filterTechnologies(list, 'virtual', kindName).map((t) => t.id)).toEqual(['a']);
    expect(filterTechnologies(list, 'eigen DOELEN', kindName).map((t) => t.id)).toEqual(['b']);
    expect(filterTechnologies(list, 'vr doelen', kindName)).toEqual([]);
  });
});
