const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A date as people read it in the chosen language, e.g. "3 maart 2026". */
export function formatDate(iso: string, language: string): string {
  // A bare day ("2026-03-03") is midnight UTC; read in UTC it stays the same day everywhere.
  const timeZone = DATE_ONLY.test(iso) ? 'UTC' : undefined;
  return new Date(iso).toLocaleDateString(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone });
}
