import { formatNetworkTime } from '@leernetwerk/shared';

/** A date as people read it in the chosen language, e.g. "3 maart 2026", on Amsterdam's calendar. */
export function formatDate(iso: string, language: string): string {
  return formatNetworkTime(iso, language, 'day');
}
