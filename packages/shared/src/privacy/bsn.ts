import { finding, type PrivacyFinding } from './privacy-finding';
import { standsAlone } from './text-boundaries';

// Nine digits, bare or in the two groupings people copy from letters: 1234.56.782 (the notation
// of the Belastingdienst and municipalities) and 123 456 782 / 123.456.782.
const NINE_DIGITS = /\d{9}|\d{4}([. ])\d{2}\1\d{3}|\d{3}([. ])\d{3}\2\d{3}/g;
// Eight digits are a BSN with its leading zero dropped, but so are KvK numbers, dossier numbers and
// the part after 06-; only with the word BSN (or sofinummer) before them are they worth a warning.
const EIGHT_DIGITS_AFTER_KEYWORD = /(?:bsn|burgerservicenummer|sofi-?nummer)\s*(?:nr\.?|nummer)?\s*:?\s*(\d{8})/giu;
const MONEY_BEFORE = /(?:€|eur|euro)\s*$/i;
const MONEY_AFTER = /^\s*(?:€|eur\b|euro|,-)/i;

/**
 * The Dutch 11-proef for a BSN: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 must be a multiple of 11, and the
 * number must not be all zeros. About one random nine-digit number in eleven passes, so the test is
 * what keeps order numbers and amounts out of the warnings.
 */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i += 1) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** Numbers that pass the 11-proef, except amounts of money (an amount is not a BSN whatever its digits). */
export function findBsns(text: string): PrivacyFinding[] {
  const found: PrivacyFinding[] = [];
  for (const match of text.matchAll(NINE_DIGITS)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!standsAlone(text, start, end) || !passesElevenTest(match[0].replace(/\D/g, ''))) continue;
    if (MONEY_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || MONEY_AFTER.test(text.slice(end))) continue;
    found.push(finding(text, 'bsn', start, end));
  }
  for (const match of text.matchAll(EIGHT_DIGITS_AFTER_KEYWORD)) {
    const digits = match[1] ?? '';
    const end = match.index + match[0].length;
    if (standsAlone(text, end - 8, end) && passesElevenTest(`0${digits}`)) {
      found.push(finding(text, 'bsn', end - 8, end));
    }
  }
  return found;
}
