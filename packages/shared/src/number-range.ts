import { z } from 'zod';

/** The one message for a number outside its range, so every form and API answer names the range. */
export const rangeMessage = (min: number, max: number): string => `Use a whole number from ${min} to ${max}`;

/**
 * A whole number from `min` to `max`, both included. Out of range is refused with the range in the
 * message, never clamped: a clamped value is not what the person typed.
 */
export function wholeNumberIn(min: number, max: number) {
  const message = rangeMessage(min, max);
  return z.number({ message }).int({ message }).min(min, { message }).max(max, { message });
}
