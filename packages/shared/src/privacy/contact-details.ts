import { finding, type PrivacyFinding } from './privacy-finding';

// 06 numbers in the ways people write them: 06-12345678, 06 1234 5678, 0612345678, +31 6 12345678,
// +31 (0)6 12 34 56 78, 0031 6 …: a six and eight more digits, single spaces or hyphens between.
const MOBILE = /(?:(?:\+|00)31[\s-]?(?:\(0\)[\s-]?)?|0)6(?:[\s-]?\d){8}/g;

/**
 * Dutch mobile numbers. A 06 number belongs to one person; landlines, 0800/0900, 088 and 14 0xx
 * numbers are in posts mostly as the number of a team or service, so they are not flagged.
 */
export function findMobileNumbers(text: string): PrivacyFinding[] {
  const found: PrivacyFinding[] = [];
  for (const match of text.matchAll(MOBILE)) {
    const end = match.index + match[0].length;
    if (/[\p{L}\d+]/u.test(text[match.index - 1] ?? '') || /[\p{L}\d]/u.test(text[end] ?? '')) continue;
    if (/^[\s-]\d/.test(text.slice(end))) continue;
    found.push(finding(text, 'mobile-phone', match.index, end));
  }
  return found;
}

// Consumer mail providers in the Netherlands. An address at an organisation's own domain is a
// colleague's or a service's, which posts name freely; a client writes from one of these.
const PRIVATE_MAIL_DOMAINS = [
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.nl',
  'outlook.com',
  'outlook.nl',
  'live.nl',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'yahoo.com',
  'yahoo.nl',
  'ziggo.nl',
  'kpnmail.nl',
  'kpnplanet.nl',
  'planet.nl',
  'home.nl',
  'xs4all.nl',
  'hetnet.nl',
  'casema.nl',
  'chello.nl',
  'upcmail.nl',
  'telfort.nl',
  'tele2.nl',
  'online.nl',
  'protonmail.com',
  'proton.me',
];
export function isPrivateMailDomain(domain: string): boolean {
  return PRIVATE_MAIL_DOMAINS.includes(domain.toLowerCase());
}

const EMAIL = /[\p{L}\d._%+-]+@([\p{L}\d-]+(?:\.[\p{L}\d-]+)+)/gu;

/** E-mail addresses at consumer providers (gmail, hotmail, ziggo, …); see PRIVATE_MAIL_DOMAINS. */
export function findPrivateEmails(text: string): PrivacyFinding[] {
  const found: PrivacyFinding[] = [];
  for (const match of text.matchAll(EMAIL)) {
    if (isPrivateMailDomain(match[1] ?? '')) {
      found.push(finding(text, 'private-email', match.index, match.index + match[0].length));
    }
  }
  return found;
}
