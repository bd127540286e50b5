import { describe, expect, it } from '@jest/globals';
import { formatWrittenAt } from './formatWrittenAt';

describe(formatWrittenAt.name, () => {
  it('shows the Dutch date and time in Amsterdam, also in winter and summer time', () => {
    expect(formatWrittenAt('2026-12-03T13:05:00.000Z', 'nl')).toBe('3 dec 2026, 14:05');
    expect(formatWrittenAt('2026-07-01T08:30:00.000Z', 'nl')).toBe('1 jul 2026, 10:30');
  });

  it('writes the moment the English way for English readers', () => {
    expect(formatWrittenAt('2026-12-03T13:05:00.000Z', 'en')).toContain('Dec 3, 2026');
  });
});
