import { findWorkEmails, findWorkPhones } from './work-contact-details';

const phones = (text: string) => findWorkPhones(text).map((found) => found.excerpt);
const emails = (text: string) => findWorkEmails(text).map((found) => found.excerpt);

describe(findWorkPhones.name, () => {
  it.each([
    '030-1234567',
    '030 123 45 67',
    '0412-123456',
    '088 123 4567',
    '0881234567',
    '+31 30 1234567',
    '+31 (0)88 1234567',
  ])('finds %s', (number) => {
    expect(phones(`Je kunt me bellen op ${number}.`)).toEqual([number]);
  });

  it.each([
    ['a mobile number (that is client data, see findMobileNumbers)', 'Bel 06-12345678'],
    ['a free service number', 'Bel 0800-1234'],
    ['a paid service number', 'Bel 0900-1234567'],
    ['a municipality number', 'Bel 14 0412'],
    ['a meeting date', 'We zien elkaar op 03-12-2026 om 09:30'],
    ['a version number', 'versie 0.12.3 van de app'],
    ['too few digits', '030-123456'],
    ['digits inside an IBAN', 'NL91ABNA0417164300'],
    ['a number followed by more digits', '030-1234567 89'],
  ])('ignores %s', (_label, text) => {
    expect(findWorkPhones(text)).toEqual([]);
  });
});

describe(findWorkEmails.name, () => {
  it.each(['p.jansen@wijkteam-oss.nl', 'Karin.de.Boer@maashorst.nl', 'j.devries@gemeente.utrecht.nl'])(
    'finds %s',
    (address) => {
      expect(emails(`Mail me op ${address}.`)).toEqual([address]);
    },
  );

  it.each([
    ['a consumer address (that is client data, see findPrivateEmails)', 'sanne@gmail.com'],
    ['a shared info mailbox', 'info@wijkteam-oss.nl'],
    ['a shared secretariat mailbox', 'Secretariaat@welzijn.nl'],
    ['an @-mention without a domain', 'vraag het @Petra'],
  ])('ignores %s', (_label, text) => {
    expect(findWorkEmails(text)).toEqual([]);
  });
});
