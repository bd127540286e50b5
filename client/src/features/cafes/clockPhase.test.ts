import { describe, expect, it } from '@jest/globals';
import { clockPhase } from './useClockChime';

describe('clockPhase', () => {
  it('says when the last minute starts and when time is up', () => {
    expect(clockPhase(null)).toBeNull();
    expect(clockPhase(61_000)).toBe('plenty');
    expect(clockPhase(60_000)).toBe('lastMinute');
    expect(clockPhase(1)).toBe('lastMinute');
    expect(clockPhase(0)).toBe('up');
  });
});
