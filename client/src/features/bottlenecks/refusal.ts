import { isApiError } from '../../lib/api/ApiError';

export const REFUSALS = ['same-status', 'skips-a-step', 'reason-required'] as const;
export type Refusal = (typeof REFUSALS)[number];

/** Why the server refused a status step (INVALID_TRANSITION details), if it said so. */
export function refusalOf(error: unknown): Refusal | null {
  if (!isApiError(error) || error.code !== 'INVALID_TRANSITION') return null;
  const { details } = error;
  if (typeof details !== 'object' || details === null || !('refusal' in details)) return null;
  const { refusal } = details;
  return REFUSALS.find((known) => known === refusal) ?? null;
}
