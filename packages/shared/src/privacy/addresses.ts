import { finding, type PrivacyFinding } from './privacy-finding';
import { standsAlone } from './text-boundaries';

// Endings of Dutch street names. Left out: "dam" (Amsterdam 3, Rotterdam 1 are places and scores)
// and "wijk"/"veld" ("Schilderswijk 3 keer", "Werkveld 2").
const STREET_SUFFIXES =
  'straat|laan|weg|plein|gracht|dijk|kade|singel|hof|pad|steeg|dreef|park|markt|baan|wal|plantsoen|' +
  'erf|ring|allee|boulevard|haven';
// Capitalised words and tussenvoegsels before the street word: "Van Goghlaan", "Burgemeester van der Lindenstraat".
const STREET_PREFIX = "(?:\\p{Lu}[\\p{L}.'’-]*\\s+(?:(?:van|de|der|den|het|'t|ter|ten|te)\\s+)*)*";
// House number with an optional addition: 3a, 3 A, 14-2, 14/2, 12bis, 12-hs.
const HOUSE_NUMBER =
  '[1-9]\\d{0,4}(?:\\s?[a-zA-Z](?![\\p{L}])|[-/]\\d{1,3}|[\\s-]?(?:hs|bis|huis|boven|rood|zw)(?![\\p{L}]))?';
// A suffix can be the whole name: "Markt 7", "Plein 3".
function capitalised(alternatives: string): string {
  return alternatives.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, letter: string) => bar + letter.toUpperCase());
}

const STREET_ADDRESS = new RegExp(
  `${STREET_PREFIX}(?:\\p{Lu}[\\p{L}'’-]*(?:${STREET_SUFFIXES})|${capitalised(STREET_SUFFIXES)})\\s+(${HOUSE_NUMBER})`,
  'gu',
);
const YEAR_LIKE = /^(?:19|20)\d{2}$/;

/**
 * A street and house number: "Kerkstraat 12", "Van Goghlaan 3a", "Dorpsstraat 14-2". The street
 * must be capitalised, so "de parkeerplaats" or "een zijstraat 3 keer" stay out; a number like a year
 * ("Arbeidsmarkt 2025") is a year.
 */
export function findStreetAddresses(text: string): PrivacyFinding[] {
  const found: PrivacyFinding[] = [];
  for (const match of text.matchAll(STREET_ADDRESS)) {
    const houseNumber = match[1] ?? '';
    const end = match.index + match[0].length;
    if (YEAR_LIKE.test(houseNumber) || !standsAlone(text, match.index, end)) continue;
    found.push(finding(text, 'address', match.index, end));
  }
  return found;
}

// Four digits (never a leading zero) and two capitals, with or without a space. PostNL never
// issues SA, SD or SS. Lower-case letters are left out: "2023 en", "1200 mg" and "2500 ha" are text.
const POSTCODE = /[1-9]\d{3}(\s?)(?!SA|SD|SS)[A-Z]{2}/g;
// "In 2023 VR ingezet", "sinds 2024 AI": with a space, a year followed by one of these is text.
const ACRONYMS = new Set(['AI', 'AR', 'VR', 'XR', 'IT', 'HR', 'PR', 'CV', 'ID', 'OK', 'TV', 'PC', 'NL', 'EU']);

/** A Dutch postcode; on its own it narrows a household down to a few streets' worth of doors. */
export function findPostcodes(text: string): PrivacyFinding[] {
  const found: PrivacyFinding[] = [];
  for (const match of text.matchAll(POSTCODE)) {
    const end = match.index + match[0].length;
    // A hyphen after the letters makes them part of a word ("VR-bril"), not a postcode.
    if (!standsAlone(text, match.index, end) || text[end] === '-') continue;
    if (match[1] && ACRONYMS.has(match[0].slice(-2))) continue;
    found.push(finding(text, 'postcode', match.index, end));
  }
  return found;
}
