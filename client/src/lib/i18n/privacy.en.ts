import type { privacyNl } from './privacy.nl';

export const privacyEn: typeof privacyNl = {
  kinds: {
    bsn: 'a citizen service number (BSN)',
    'name-with-birthdate': 'a name with a date of birth',
    'birth-date': 'a date of birth',
    address: 'an address',
    postcode: 'a postcode',
    'mobile-phone': 'a mobile number',
    'private-email': 'a private e-mail address',
    'work-phone': 'a phone number',
    'work-email': 'an e-mail address',
  },
  field: {
    block: 'This looks like a client’s details: {{kinds}}. Remove them before you save.',
    confirm:
      'This has {{kinds}}. Is it your own work number or work address? Tick the box below and save again. If not, remove it.',
    excerpts: 'It is about: {{excerpts}}',
  },
  confirmLabel: 'This is my own work number/work address',
  document: {
    heading: 'Careful: a client’s details?',
    block:
      'This looks like a client’s details: {{kinds}} ({{excerpts}}). Everyone who can read this document sees it. Remove it or make it anonymous.',
    confirm: 'This has {{kinds}} ({{excerpts}}). If it is not your own work number or work address, remove it.',
  },
};
