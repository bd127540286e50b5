/** The network meets in the Netherlands: every date and time is shown in Dutch time, wherever you are. */
const TIME_ZONE = 'Europe/Amsterdam';

/** A moment as people read it, e.g. "3 dec 2026, 14:05" (nl) or "Dec 3, 2026, 02:05 PM" (en). */
export function formatWrittenAt(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));
}
