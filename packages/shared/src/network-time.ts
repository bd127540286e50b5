/**
 * The network meets in the Netherlands: every date and time shown to people (pages, PDFs, e-mails,
 * spreadsheets) is in this time zone, whatever the device or server clock is set to.
 */
export const NETWORK_TIME_ZONE = 'Europe/Amsterdam';

/**
 * How a moment is written for people:
 * - `day`: 3 maart 2026
 * - `dayShort`: 3 mrt 2026
 * - `dayFull`: dinsdag 3 maart 2026
 * - `dayTime`: 3 maart 2026 om 14:30
 * - `dayTimeFull`: dinsdag 3 maart 2026 om 14:30
 * - `time`: 14:30
 */
export type NetworkTimeStyle = 'day' | 'dayShort' | 'dayFull' | 'dayTime' | 'dayTimeFull' | 'time';

const STYLES: Record<NetworkTimeStyle, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  dayShort: { dateStyle: 'medium' },
  dayFull: { dateStyle: 'full' },
  dayTime: { dateStyle: 'long', timeStyle: 'short' },
  dayTimeFull: { dateStyle: 'full', timeStyle: 'short' },
  time: { hour: '2-digit', minute: '2-digit' },
};

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A moment (ISO string or Date) in the network's time zone, in the given language. A bare calendar
 * day ('2026-03-03', e.g. a due date) is that day everywhere: it is never moved by a time zone.
 */
export function formatNetworkTime(value: string | Date, language: string, style: NetworkTimeStyle): string {
  const calendarDay = typeof value === 'string' && CALENDAR_DAY.test(value);
  return new Intl.DateTimeFormat(language, {
    ...STYLES[style],
    timeZone: calendarDay ? 'UTC' : NETWORK_TIME_ZONE,
  }).format(typeof value === 'string' ? new Date(value) : value);
}

interface WallClock {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

const wallClockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: NETWORK_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The date and time on a clock in Amsterdam at that moment, as zero-padded parts. */
function wallClock(date: Date): WallClock {
  const parts = Object.fromEntries(wallClockFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return {
    year: parts.year ?? '',
    month: parts.month ?? '',
    day: parts.day ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
  };
}

/** 'YYYY-MM-DD' of a moment in the network's time zone: today's date, a file name's date. */
export function networkDay(value: string | Date): string {
  const { year, month, day } = wallClock(new Date(value));
  return `${year}-${month}-${day}`;
}

/** 'dd-mm-jjjj uu:mm' in the network's time zone: what a Dutch spreadsheet reads as a date and time. */
export function spreadsheetDateTime(value: string | Date): string {
  const { year, month, day, hour, minute } = wallClock(new Date(value));
  return `${day}-${month}-${year} ${hour}:${minute}`;
}

/** Minutes Amsterdam is ahead of UTC at that moment (60 in winter, 120 in summer). */
function offsetMinutes(instant: number): number {
  const { year, month, day, hour, minute } = wallClock(new Date(instant));
  const asUtc = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute));
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

const pad = (value: number) => String(value).padStart(2, '0');
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * A date and time as read on a clock in Amsterdam ('YYYY-MM-DDTHH:mm', a datetime-local input) as
 * an ISO moment with Amsterdam's offset; null if incomplete or not a real day.
 */
export function networkInputToIso(value: string): string | null {
  const match = LOCAL_INPUT.exec(value);
  if (!match) return null;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0] = match.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // The offset at the guessed moment, checked once more: right on both sides of a clock change.
  const guess = asUtc - offsetMinutes(asUtc) * 60_000;
  const offset = offsetMinutes(guess);
  const instant = asUtc - offset * 60_000;
  // A time skipped when the clocks go forward lands on the real one after it.
  const real = offsetMinutes(instant);
  const sign = real >= 0 ? '+' : '-';
  const zone = `${sign}${pad(Math.floor(Math.abs(real) / 60))}:${pad(Math.abs(real) % 60)}`;
  const { year: y, month: m, day: d, hour: h, minute: min } = wallClock(new Date(instant));
  return `${y}-${m}-${d}T${h}:${min}:00${zone}`;
}

/** An ISO moment as the value of a datetime-local input, on Amsterdam's clock; '' if not a date. */
export function isoToNetworkInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const { year, month, day, hour, minute } = wallClock(date);
  return `${year}-${month}-${day}T${hour}:${minute}`;
}
