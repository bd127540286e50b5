import { findMobileNumbers, findPrivateEmails } from './contact-details';

const mobiles = (text: string) => findMobileNumbers(text).map((found) => found.excerpt);
const emails = (text: string) => findPrivateEmails(text).map((found) => found.excerpt);

describe(findMobileNumbers.name, () => {
  it.each([
    '06-12345678',
    '06 12345678',
    '0612345678',
    '06 1234 5678',
    '06 12 34 56 78',
    '+31 6 12345678',
    '+31612345678',
    '+31 (0)6 12345678',
    '0031 6 1234 5678',
  ])('finds %s', (number) => {
    expect(mobiles(`Haar nummer is ${number}.`)).toEqual([number]);
  });

  it.each([
    ['a free service number', 'Bel 0800-1234'],
    ['a paid service number', 'Bel 0900-1234567'],
    ['a landline of a team', 'Het wijkteam is bereikbaar op 0412-123456'],
    ['an organisation number', 'Bel 088 123 4567'],
    ['a municipality number', 'Bel 14 0412'],
    ['too few digits', '06-1234567'],
    ['too many digits', '06-123456789'],
  ])('ignores %s', (_label, text) => {
    expect(findMobileNumbers(text)).toEqual([]);
  });
});

describe(findPrivateEmails.name, () => {
  it.each(['j.devries@gmail.com', 'sanne_2009@hotmail.nl', 'Familie.Jansen@Ziggo.nl'])('finds %s', (address) => {
    expect(emails(`Mail haar op ${address}.`)).toEqual([address]);
  });

  it.each(['info@wijkteam-oss.nl', 'p.jansen@maashorst.nl', 'support@socialsupport.app'])(
    'ignores the organisation address %s',
    (address) => {
      expect(findPrivateEmails(`Mail ${address} voor vragen`)).toEqual([]);
    },
  );
});
