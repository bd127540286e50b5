import { describe, expect, it } from '@jest/globals';
import { formatRemaining, remainingOf } from './useCountdown';

describe('the round clock', () => {
  it('counts down to the server time the round ends, corrected for this device running behind', () => {
    const timer = { status: 'running', endsAt: 10_000 } as const;
    expect(remainingOf(timer, 0, 4_000)).toBe(6_000);
    expect(remainingOf(timer, 2_000, 4_000)).toBe(4_000);
    expect(remainingOf(timer, 0, 12_000)).toBe(0);
  });

  it('stands still while paused and says nothing while not set', () => {
    expect(remainingOf({ status: 'paused', remainingMs: 90_000 }, 5_000, 1)).toBe(90_000);
    expect(remainingOf({ status: 'idle' }, 0, 1)).toBeNull();
  });

  it('shows mm:ss rounded up, so 00:00 means time is up', () => {
    expect(formatRemaining(20 * 60_000)).toBe('20:00');
    expect(formatRemaining(61_001)).toBe('01:02');
    expect(formatRemaining(1)).toBe('00:01');
    expect(formatRemaining(0)).toBe('00:00');
  });
});
