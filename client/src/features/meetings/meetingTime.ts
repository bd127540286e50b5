import { formatNetworkTime, isoToNetworkInput, networkDay, networkInputToIso } from '@leernetwerk/shared';

/**
 * The value of a datetime-local input as an ISO date-time, read on the network's clock
 * (Amsterdam) whatever this device's time zone; null if incomplete.
 */
export function localInputToIso(value: string): string | null {
  return networkInputToIso(value);
}

/** An ISO date-time as the value of a datetime-local input, on the network's clock. */
export function isoToLocalInput(iso: string): string {
  return isoToNetworkInput(iso);
}

/** 'YYYY-MM-DD' of a moment in the network's time zone (what "today" is for due dates). */
export function localDate(date: Date): string {
  return networkDay(date);
}

/** An open action whose due date lies before today; done or dropped actions are never late. */
export function isOverdue(action: { dueDate: string | null; status: string }, today: string): boolean {
  return action.status === 'open' && action.dueDate !== null && action.dueDate < today;
}

/** The start of a meeting, e.g. "dinsdag 4 maart 2025 om 14:30", in Amsterdam time. */
export function formatStart(iso: string, language: string): string {
  return formatNetworkTime(iso, language, 'dayTimeFull');
}

/** A due date ('YYYY-MM-DD') as that calendar day. */
export function formatDueDate(dueDate: string, language: string): string {
  return formatNetworkTime(dueDate, language, 'dayShort');
}
