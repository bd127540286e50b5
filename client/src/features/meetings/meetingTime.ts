const pad = (value: number) => String(value).padStart(2, '0');

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The value of a datetime-local input as an ISO date-time with this device's offset, or null if incomplete. */
export function localInputToIso(value: string): string | null {
  const match = LOCAL_INPUT.exec(value);
  if (!match) return null;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0] = match.slice(1).map(Number);
  const date = new Date(year, month - 1, day, hour, minute);
  if (date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  // Built from the local parts again: a time skipped by daylight saving moves to the real one.
  return `${localDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}:00${zone}`;
}

/** An ISO date-time as the value of a datetime-local input, in this device's time zone. */
export function isoToLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${localDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** 'YYYY-MM-DD' of a moment in this device's time zone. */
export function localDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** An open action whose due date lies before today; done or dropped actions are never late. */
export function isOverdue(action: { dueDate: string | null; status: string }, today: string): boolean {
  return action.status === 'open' && action.dueDate !== null && action.dueDate < today;
}

/** The start of a meeting, e.g. "dinsdag 4 maart 2025 om 14:30", in the interface language. */
export function formatStart(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(iso));
}

/** A due date ('YYYY-MM-DD') as a calendar day, read as that day here (not midnight UTC). */
export function formatDueDate(dueDate: string, language: string): string {
  const [year = 0, month = 1, day = 1] = dueDate.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(year, month - 1, day));
}
