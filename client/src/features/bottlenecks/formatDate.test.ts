import { describe, expect, it } from '@jest/globals';
import { formatDate } from './formatDate';

describe(formatDate.name, () => {
  it('keeps a bare due date on its own day', () => {
    expect(formatDate('2026-03-03', 'en-GB')).toBe('3 March 2026');
  });

  it('shows a moment on its Amsterdam date', () => {
    expect(formatDate('2026-03-02T23:30:00.000Z', 'nl')).toBe('3 maart 2026');
  });
});
