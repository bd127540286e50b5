import { BOTTLENECK_STATUSES, type BottleneckStatus } from '@leernetwerk/shared';

/*
 * The public life of a structural bottleneck: reported (`new`), recognised by a facilitator,
 * raised with the sector body, in progress there, and finally solved or declined. Every move is
 * explained on a public timeline, so the people who raised it hear what happened.
 */

export const FINAL_STATUSES: readonly BottleneckStatus[] = ['solved', 'declined'];

/** The ordinary next steps; anything else is a jump or a step back. */
const NEXT: Record<BottleneckStatus, readonly BottleneckStatus[]> = {
  new: ['recognised', 'declined'],
  recognised: ['raised', 'declined'],
  raised: ['in-progress', 'solved', 'declined'],
  'in-progress': ['solved', 'declined'],
  solved: [],
  declined: [],
};

export type TransitionRefusal =
  | 'same-status'
  /** Going back (or reopening a final status) needs an explanation for the people following it. */
  | 'reason-required'
  /** Forward jumps past a step are not allowed: the timeline must show each step. */
  | 'skips-a-step';

export type TransitionCheck = { ok: true; backwards: boolean } | { ok: false; refusal: TransitionRefusal };

const rank = (status: BottleneckStatus): number => BOTTLENECK_STATUSES.indexOf(status);

/**
 * Whether a status change is allowed. Who may change status (facilitators and coordinators) is
 * checked by the caller; this decides which moves make sense. A reason is always recorded; going
 * back or reopening a closed bottleneck requires one that is not empty.
 */
export function checkTransition(from: BottleneckStatus, to: BottleneckStatus, reason: string): TransitionCheck {
  if (from === to) return { ok: false, refusal: 'same-status' };
  if (NEXT[from].includes(to)) return { ok: true, backwards: false };
  const backwards = FINAL_STATUSES.includes(from) || rank(to) < rank(from);
  if (!backwards) return { ok: false, refusal: 'skips-a-step' };
  if (reason.trim().length === 0) return { ok: false, refusal: 'reason-required' };
  return { ok: true, backwards: true };
}
