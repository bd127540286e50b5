import { findFullDates, type FoundDate } from './dutch-dates';
import { findNameCandidates, type NameCandidate } from './name-candidates';
import { finding, type PrivacyFinding } from './privacy-finding';

// A name and a date this close together are read as one description of one person.
const NEAR = 40;
// "geboren op", "geb.", "geboortedatum:", "geboortejaar"; the lookahead keeps "gebruik" out.
const BIRTH_CUE = /(?:geboren|geb\.?|geboortedatum|geb\.datum|geboortejaar)(?![\p{L}])\s*:?\s*(?:(?:op|in)\s+)?/giu;
const YEAR = /^(?:19|20)\d{2}(?!\d)/;

/**
 * Birth dates, with the name they belong to when one is near. Three rules, from strong to weak:
 * - "geboren"/"geb." before a full date is a birth date, with or without a name;
 * - "geboren"/"geb." before a year alone ("geboren in 2011") only with a name near: without one it
 *   is about a cohort ("kinderen geboren in 2011");
 * - a name near a full date without a cue counts when the date lies over a year back: a recent or
 *   future date next to a colleague's name is a meeting, not a birthday.
 * A date alone and a name alone are normal in a post and never flagged; nor is "Jan (14 jaar)":
 * a first name and an age is how a casus is usually anonymised.
 */
export function findBirthDates(text: string, today: Date): PrivacyFinding[] {
  const dates = findFullDates(text, today);
  const names = findNameCandidates(text);
  const found: PrivacyFinding[] = [];
  const cued = new Set<FoundDate>();

  for (const cue of text.matchAll(BIRTH_CUE)) {
    const start = cue.index;
    const afterCue = start + cue[0].length;
    const date = dates.find((d) => d.start === afterCue);
    const yearOnly = date ? null : YEAR.exec(text.slice(afterCue));
    if (!date && !yearOnly) continue;
    const end = date ? date.end : afterCue + (yearOnly?.[0].length ?? 0);
    if (date) cued.add(date);
    const name = nearestName(names, start, end);
    if (name) found.push(finding(text, 'name-with-birthdate', Math.min(name.start, start), Math.max(name.end, end)));
    else if (date) found.push(finding(text, 'birth-date', start, end));
  }

  const yearAgo = new Date(today.getFullYear() - 1, today.getMonth(), today.getDate());
  for (const date of dates) {
    if (cued.has(date) || new Date(date.year, date.month - 1, date.day) >= yearAgo) continue;
    const name = nearestName(names, date.start, date.end);
    if (name) {
      found.push(finding(text, 'name-with-birthdate', Math.min(name.start, date.start), Math.max(name.end, date.end)));
    }
  }
  return found;
}

function nearestName(names: readonly NameCandidate[], start: number, end: number): NameCandidate | undefined {
  const distance = (name: NameCandidate) => (name.end <= start ? start - name.end : name.start - end);
  return names
    .filter((name) => (name.end <= start || name.start >= end) && distance(name) <= NEAR)
    .sort((a, b) => distance(a) - distance(b))[0];
}
