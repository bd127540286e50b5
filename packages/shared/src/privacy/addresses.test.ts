import { findPostcodes, findStreetAddresses } from './addresses';

const addresses = (text: string) => findStreetAddresses(text).map((found) => found.excerpt);
const postcodes = (text: string) => findPostcodes(text).map((found) => found.excerpt);

describe(findStreetAddresses.name, () => {
  it.each([
    ['Ze woont op de Kerkstraat 12 in Oss', 'Kerkstraat 12'],
    ['verhuisd naar de Van Goghlaan 3a.', 'Van Goghlaan 3a'],
    ['Dorpsstraat 14-2, tweede verdieping', 'Dorpsstraat 14-2'],
    ['adres: Burgemeester van der Lindenstraat 101', 'Burgemeester van der Lindenstraat 101'],
    ['Hij slaapt bij zijn oom op de Markt 7', 'Markt 7'],
    ['Oudegracht 231 bis', 'Oudegracht 231 bis'],
    ['Prinsengracht 263 A', 'Prinsengracht 263 A'],
    ['op de Noordsingel 12-hs', 'Noordsingel 12-hs'],
  ])('finds the address in "%s"', (text, excerpt) => {
    expect(addresses(text)).toEqual([excerpt]);
  });

  it.each([
    ['a street without a number', 'Het buurthuis aan de Kerkstraat is open'],
    ['a lower-case word ending in a suffix', 'op de parkeerplaats staan 12 auto’s, de zijstraat 3 keer'],
    ['a year after a street-like word', 'De Arbeidsmarkt 2025 conferentie'],
    ['a city ending in -dam', 'Rotterdam 3, Amsterdam 1'],
    ['an ordinary sentence', 'De Social Support app werkt goed in Maashorst'],
    ['a number glued to more digits', 'Kerkstraat 12.5'],
  ])('ignores %s', (_label, text) => {
    expect(addresses(text)).toEqual([]);
  });
});

describe(findPostcodes.name, () => {
  it.each([
    ['postcode 5341 AB', '5341 AB'],
    ['5341AB Oss', '5341AB'],
    ['Kerkstraat 12, 1012 JS Amsterdam', '1012 JS'],
  ])('finds the postcode in "%s"', (text, excerpt) => {
    expect(postcodes(text)).toEqual([excerpt]);
  });

  it.each([
    ['a year and a lower-case word', 'In 2023 en 2024 liep het project'],
    ['an amount with a unit', '1200 mg per dag'],
    ['a year and an acronym', 'In 2023 VR ingezet, sinds 2024 AI'],
    ['a year and a hyphenated acronym', 'Sinds 2022 VR-brillen in Breda'],
    ['letters PostNL never issues', '1234 SS'],
    ['a leading zero', '0123 AB'],
    ['letters glued to a word', '1234 ABC'],
  ])('ignores %s', (_label, text) => {
    expect(postcodes(text)).toEqual([]);
  });
});
