import { findFullDates, type FoundDate } from './dutch-dates';
import { findNameCandidates, type NameCandidate } from './name-candidates';
import { finding, type PrivacyFinding } from './privacy-finding';

// A name and a date this close together are read as one description of one person.
const NEAR = 40;
// "geboren op", "geboortedatum:", "geb.datum", "geb."; longer cues first, and the lookahead keeps "gebruik" out.
const BIRTH_CUE = /(?:geboren|geboortedatum|geboortejaar|geb\.datum|geb\.?)(?![\p{L}])\s*:?\s*(?:(?:op|in)\s+)?/giu;
const YEAR = /^(?:19|20)\d{2}(?!\d)/;
// "… werd Lotte geboren": the cue after the date, before the sentence ends.
const CUE_AFTER = /^[^.!?\n]{0,40}?\sgeboren(?![\p{L}])/iu;
// Only spaces, a comma, a colon or an opening bracket between a name and the date after it.
const NAME_THEN_DATE = /^[\s,:(]*$/;

/**
 * Birth dates, with the name they belong to when one is near. Four rules, from strong to weak:
 * - "geboren"/"geb." before a full date is a birth date, with or without a name;
 * - "geboren"/"geb." before a year alone ("geboren in 2011") only with a name near: without one it
 *   is about a cohort ("kinderen geboren in 2011");
 * - a full date followed by "geboren" in the same sentence ("op 5-10-2015 werd Lotte geboren") is
 *   a birth date like the first rule;
 * - without a cue, only a full date written straight after a name ("Noor Yilmaz 12-03-2009",
 *   "Noor (12-03-2009)") that lies over a year back: a date elsewhere near a name is usually when
 *   something happened ("op 12-01-2024 bracht Linda een casus in"), and a recent or future one is a
 *   meeting, not a birthday.
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
    if (cued.has(date)) continue;
    const cueAfter = CUE_AFTER.exec(text.slice(date.end));
    if (cueAfter) {
      const end = date.end + cueAfter[0].length;
      const name = nearestName(names, date.start, end);
      const start = Math.min(name?.start ?? date.start, date.start);
      found.push(finding(text, name ? 'name-with-birthdate' : 'birth-date', start, Math.max(name?.end ?? end, end)));
      continue;
    }
    if (new Date(date.year, date.month - 1, date.day) >= yearAgo) continue;
    const name = names.find((n) => n.end <= date.start && NAME_THEN_DATE.test(text.slice(n.end, date.start)));
    if (name) found.push(finding(text, 'name-with-birthdate', name.start, date.end));
  }
  return found;
}

// A name inside the passage ("… werd Lotte geboren") is at distance 0.
function nearestName(names: readonly NameCandidate[], start: number, end: number): NameCandidate | undefined {
  const distance = (name: NameCandidate) => Math.max(0, start - name.end, name.start - end);
  const overlapsPartly = (name: NameCandidate) =>
    name.start < end && name.end > start && !(name.start >= start && name.end <= end);
  return names
    .filter((name) => !overlapsPartly(name) && distance(name) <= NEAR)
    .sort((a, b) => distance(a) - distance(b))[0];
}
