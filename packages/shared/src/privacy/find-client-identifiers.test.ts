import { findClientIdentifiers, privacyWarningKinds } from './find-client-identifiers';
import { privacySeverity } from './privacy-finding';

const today = new Date(2026, 10, 23);
const kinds = (text: string) => privacyWarningKinds(text, { today });

describe(findClientIdentifiers.name, () => {
  it.each([
    ['Jan de Vries (geb. 12-03-2009) woont bij zijn oma', ['name-with-birthdate']],
    ['Mohammed, geboren 3 april 2011, is vaak afwezig', ['name-with-birthdate']],
    ['BSN 111222333', ['bsn']],
    ['Haar burgerservicenummer is 1234.56.782', ['bsn']],
    ['Ze woont op de Kerkstraat 12 in Oss', ['address']],
    ['postcode 5341 AB', ['postcode']],
    ['Haar moeder belde vanaf 06-12345678', ['mobile-phone']],
    ['Mail de vader op k.jansen@hotmail.com', ['private-email']],
    [
      'Sanne (geb. 1-2-2009), Dorpsstraat 14-2, 5341 AB Oss, 06 1234 5678',
      ['name-with-birthdate', 'address', 'postcode', 'mobile-phone'],
    ],
    // The example from issue 15: saved on a knowledge page and in a bottleneck report.
    [
      'Jan de Vries, geboren 12-03-1987, Dorpsstraat 12 Utrecht, 06-12345678',
      ['name-with-birthdate', 'address', 'mobile-phone'],
    ],
    ['Bel me op 030-1234567', ['work-phone']],
    ['Mail me op p.jansen@wijkteam-oss.nl', ['work-email']],
  ])('warns about "%s"', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    'We vergaderen op 12-03-2025 over de app',
    'Bel 0800-1234 voor de helpdesk',
    'Het project kostte 123456789 euro',
    'Het budget was € 123456782',
    'Dossier 123456789 is overgedragen',
    'De Social Support app werkt goed in Maashorst',
    'In 2023 startten we met VR in Breda',
    'Sociaal Werk werkt! had op 14 maart een bijeenkomst',
    'Collega Petra de Groot en ik bespraken de casus van Jan (14 jaar) met het wijkteam.',
    'Mail het wijkteam op info@wijkteam-oss.nl',
    // Common false alarms: meeting dates and times, years, version numbers, percentages, amounts.
    'De bijeenkomst is op 03-12-2026 van 09:30 tot 12:00 in zaal 2',
    'Versie 2.14.0 van de app kwam uit in 2025; 87% van de deelnemers gebruikt hem',
    'We hebben 1.250 jongeren bereikt met een budget van € 45.000',
    'Ronde 1 duurt 20 minuten, ronde 2 duurt 15 minuten',
    'Kinderen geboren in 2011 gaan dit jaar naar de brugklas.',
    'Op 12-03-2026 sprak ik met Karin van Dijk over de Kerkstraat.',
  ])('stays quiet about "%s"', (text) => {
    expect(findClientIdentifiers(text, { today })).toEqual([]);
  });

  it('flags a nine-digit number only when it passes the 11-proef', () => {
    expect(kinds('nummer 123456782')).toEqual(['bsn']);
    expect(kinds('nummer 123456789')).toEqual([]);
  });

  it('reports a number once when it is both a mobile number and a valid BSN', () => {
    // 612345671 passes the 11-proef; it is the mobile number, so one finding covers it.
    expect(findClientIdentifiers('Bel +31 612345671', { today })).toEqual([
      { kind: 'mobile-phone', start: 4, end: 17, excerpt: '+31 612345671' },
    ]);
  });

  it('orders findings by position with exact offsets', () => {
    const text = 'Postcode 5341 AB, BSN 111222333';
    const found = findClientIdentifiers(text, { today });
    expect(found.map((item) => item.kind)).toEqual(['postcode', 'bsn']);
    for (const item of found) expect(text.slice(item.start, item.end)).toBe(item.excerpt);
  });
});

describe(privacySeverity.name, () => {
  it('lets the writer confirm a work number or work e-mail, and nothing else', () => {
    expect(privacySeverity('work-phone')).toBe('confirm');
    expect(privacySeverity('work-email')).toBe('confirm');
    for (const kind of [
      'bsn',
      'name-with-birthdate',
      'birth-date',
      'address',
      'postcode',
      'mobile-phone',
      'private-email',
    ] as const) {
      expect(privacySeverity(kind)).toBe('block');
    }
  });

  it('keeps a BSN that starts with a zero a BSN, not a landline', () => {
    expect(kinds('BSN 012345672')).toEqual(['bsn']);
  });
});

describe(privacyWarningKinds.name, () => {
  it('lists each kind once', () => {
    expect(kinds('BSN 111222333 en BSN 123456782')).toEqual(['bsn']);
  });
});
