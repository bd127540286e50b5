import type { StatementStatus } from '@leernetwerk/shared';

/** A facilitator's decision settles the reports made so far. */
export function decisionUpdate(status: StatementStatus) {
  return { $set: { status, reportedBy: [] as string[], reportReasons: [] as string[] } };
}

/**
 * One report per person. In permissive moderation a report takes the item out of view at once
 * (back to `pending`) until a facilitator decides; in strict moderation a facilitator already
 * approved it, so it stays up and the report only flags it in the queue.
 */
export function reportUpdate(reporterId: string, hide: boolean, reason?: string) {
  return {
    $addToSet: { reportedBy: reporterId },
    ...(reason ? { $push: { reportReasons: reason } } : {}),
    ...(hide ? { $set: { status: 'pending' as StatementStatus } } : {}),
  };
}
