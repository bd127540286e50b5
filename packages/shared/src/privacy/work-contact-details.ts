import { isPrivateMailDomain } from './contact-details';
import { finding, type PrivacyFinding } from './privacy-finding';

// Landlines and organisation numbers: a zero, an area or 088 code, nine digits in all after the
// zero, single spaces or hyphens between (030-1234567, 0412 123 456, 088 123 4567, +31 30 123 4567).
// A six after the zero is a mobile number (contact-details.ts); a zero after it is not a Dutch number.
const LANDLINE = /(?:(?:\+|00)31[\s-]?(?:\(0\)[\s-]?)?|0)[1-57-9](?:[\s-]?\d){8}/g;
// Free and paid service numbers (0800, 0900, 0906, 0909) and machine numbers (097) are nobody's own.
const SERVICE_NUMBER = /^0(?:800|90[069]|97)/;

/**
 * Landline and 088 numbers. In a post these are almost always the writer's own work number or the
 * number of a team, so they are a finding the writer may confirm, never a refusal.
 */
export function findWorkPhones(text: string): PrivacyFinding[] {
  const found: PrivacyFinding[] = [];
  for (const match of text.matchAll(LANDLINE)) {
    const end = match.index + match[0].length;
    if (/[\p{L}\d+]/u.test(text[match.index - 1] ?? '') || /[\p{L}\d]/u.test(text[end] ?? '')) continue;
    // More digits after a separator: part of a longer number (an IBAN, a date range), not a phone.
    if (/^[\s-]\d/.test(text.slice(end)) || SERVICE_NUMBER.test(match[0].replace(/[\s-]/g, ''))) continue;
    found.push(finding(text, 'work-phone', match.index, end));
  }
  return found;
}

// Shared mailboxes of a team or service: nobody's personal address, so not worth a question.
const ROLE_MAILBOXES = new Set([
  'info',
  'contact',
  'secretariaat',
  'receptie',
  'helpdesk',
  'servicedesk',
  'support',
  'noreply',
  'no-reply',
  'post',
  'office',
  'administratie',
  'klantenservice',
  'aanmelden',
  'communicatie',
]);
const EMAIL = /[\p{L}\d._%+-]+@([\p{L}\d-]+(?:\.[\p{L}\d-]+)+)/gu;

/**
 * Personal e-mail addresses on an organisation's own domain (p.jansen@wijkteam-oss.nl): most
 * likely the writer's work address, which the writer may confirm. Consumer domains are
 * `private-email` (contact-details.ts); shared mailboxes such as info@ are not flagged.
 */
export function findWorkEmails(text: string): PrivacyFinding[] {
  const found: PrivacyFinding[] = [];
  for (const match of text.matchAll(EMAIL)) {
    const [local = ''] = match[0].split('@');
    if (isPrivateMailDomain(match[1] ?? '') || ROLE_MAILBOXES.has(local.toLowerCase())) continue;
    found.push(finding(text, 'work-email', match.index, match.index + match[0].length));
  }
  return found;
}
