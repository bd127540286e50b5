import { isDeepStrictEqual } from 'node:util';
import { ErrorCode, type CafeSeen, type CafeState } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';

/**
 * Refuses a control whose facilitator saw another café than there is now (state, round, clock):
 * the click was already acted on, or someone else was first. Without `seen` nothing is checked.
 */
export function requireSeen(
  cafe: { state: CafeState; round: number; timer: unknown },
  seen: CafeSeen | undefined,
): void {
  if (!seen || isSeen(cafe, seen)) return;
  throw new ApiError(
    ErrorCode.CafeChanged,
    `The café changed meanwhile: it is now ${cafe.state}, round ${cafe.round}`,
    {
      state: cafe.state,
      round: cafe.round,
    },
  );
}

/** Whether the café is still as `seen` says (the clock only when it was seen). */
export function isSeen(cafe: { state: CafeState; round: number; timer: unknown }, seen: CafeSeen): boolean {
  const sameClock = seen.timer === undefined || isDeepStrictEqual(seen.timer, cafe.timer);
  return seen.state === cafe.state && seen.round === cafe.round && sameClock;
}

/** Refuses an action the café's current state does not allow, naming what it is in. */
export function requireState(actual: CafeState, allowed: readonly CafeState[], action: string): void {
  if (!allowed.includes(actual)) {
    throw new ApiError(ErrorCode.CafeWrongState, `Cannot ${action} while the café is ${actual}`, { state: actual });
  }
}
