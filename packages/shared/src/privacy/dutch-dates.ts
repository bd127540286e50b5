import { standsAlone } from './text-boundaries';

/** A calendar date found in text; `month` is 1–12. */
export interface FoundDate {
  start: number;
  end: number;
  year: number;
  month: number;
  day: number;
}

// Full names and the abbreviations Dutch writers use (mrt, not mar); `sept` before `sep`.
const MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^jan(?:uari)?$/, 1],
  [/^feb(?:ruari)?$/, 2],
  [/^(?:maart|mrt)$/, 3],
  [/^apr(?:il)?$/, 4],
  [/^mei$/, 5],
  [/^jun[i]?$/, 6],
  [/^jul[i]?$/, 7],
  [/^aug(?:ustus)?$/, 8],
  [/^sep(?:t|tember)?$/, 9],
  [/^okt(?:ober)?$/, 10],
  [/^nov(?:ember)?$/, 11],
  [/^dec(?:ember)?$/, 12],
];
const MONTH_WORDS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
  'jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec';

// dd-mm-yyyy, d/m/yy, dd.mm.yyyy: the separator must be the same twice.
const NUMERIC_DATE = /(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})/g;
// "12 maart 2009", "3 apr. 2011". A date without a year ("op 14 maart") is not a full date.
const WRITTEN_DATE = new RegExp(`(\\d{1,2})\\s+(${MONTH_WORDS})\\.?\\s+(\\d{4})`, 'giu');

/** Dates with day, month and year; a date without a year cannot pin down a birth date. */
export function findFullDates(text: string, today: Date): FoundDate[] {
  const dates: FoundDate[] = [];
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const [whole, day = '', , month = '', year = ''] = match;
    const end = match.index + whole.length;
    if (!standsAlone(text, match.index, end)) continue;
    const date = validDate(Number(day), Number(month), fullYear(year, today));
    if (date) dates.push({ start: match.index, end, ...date });
  }
  for (const match of text.matchAll(WRITTEN_DATE)) {
    const [whole, day = '', monthWord = '', year = ''] = match;
    const end = match.index + whole.length;
    if (!standsAlone(text, match.index, end)) continue;
    const date = validDate(Number(day), monthNumber(monthWord), Number(year));
    if (date) dates.push({ start: match.index, end, ...date });
  }
  return dates.sort((a, b) => a.start - b.start);
}

// A two-digit year is a birth year in the last century unless that would put it in the future.
function fullYear(year: string, today: Date): number {
  if (year.length === 4) return Number(year);
  const century = Math.floor(today.getFullYear() / 100) * 100;
  const candidate = century + Number(year);
  return candidate > today.getFullYear() ? candidate - 100 : candidate;
}

function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  return MONTHS.find(([pattern]) => pattern.test(lower))?.[1] ?? 0;
}

function validDate(day: number, month: number, year: number) {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2100) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? { year, month, day } : null;
}
