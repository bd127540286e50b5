import { describe, expect, it } from '@jest/globals';
import { ErrorCode } from '@leernetwerk/shared';
import { en } from './en';
import { nl } from './nl';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [k, v] of leaves(value, path)) result.set(k, v);
  }
  return result;
}

describe('UI texts', () => {
  const dutch = leaves(nl);
  const english = leaves(en);

  it('has every Dutch text in English too, and nothing more', () => {
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort());
  });

  it('has no empty texts and uses the same placeholders in both languages', () => {
    for (const [key, text] of dutch) {
      expect(text.trim()).not.toBe('');
      const placeholders = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort();
      expect([key, placeholders(english.get(key) ?? '')]).toEqual([key, placeholders(text)]);
    }
  });

  it('explains every error code the server can send', () => {
    for (const code of Object.values(ErrorCode)) {
      expect(dutch.get(`errors.${code}`)).toBeTruthy();
      expect(english.get(`errors.${code}`)).toBeTruthy();
    }
  });
});
