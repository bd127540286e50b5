import { findPostcodes, findStreetAddresses } from './addresses';
import { findBirthDates } from './birth-dates';
import { findBsns } from './bsn';
import { findMobileNumbers, findPrivateEmails } from './contact-details';
import { findWorkEmails, findWorkPhones } from './work-contact-details';
import type { PrivacyCheckOptions, PrivacyFinding, PrivacyKind } from './privacy-finding';

/**
 * Passages in a post that may identify a client: a BSN, a name with a birth date, an address or
 * postcode, a 06 number or a private e-mail address (each `block`), and a landline, 088 number or
 * work e-mail address that is most likely the writer's own (`confirm`, see privacySeverity). Pure and synchronous, so the editor can warn
 * while typing and the server can check the same text on save. Findings are ordered by position;
 * one inside another (a 06 number whose digits also pass the 11-proef) is reported once, as the larger.
 */
export function findClientIdentifiers(text: string, options: PrivacyCheckOptions = {}): PrivacyFinding[] {
  const today = options.today ?? new Date();
  const all = [
    ...findBsns(text),
    ...findBirthDates(text, today),
    ...findStreetAddresses(text),
    ...findPostcodes(text),
    ...findMobileNumbers(text),
    ...findPrivateEmails(text),
    ...findWorkPhones(text),
    ...findWorkEmails(text),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  // Sorted so that a finding comes after any finding containing it.
  const kept: PrivacyFinding[] = [];
  for (const item of all) if (!kept.some((outer) => contains(outer, item))) kept.push(item);
  return kept;
}

/** The kinds found, each once, in order of first appearance: what a warning message lists. */
export function privacyWarningKinds(text: string, options: PrivacyCheckOptions = {}): PrivacyKind[] {
  return [...new Set(findClientIdentifiers(text, options).map((item) => item.kind))];
}

function contains(outer: PrivacyFinding, inner: PrivacyFinding): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
