import { findBsns, passesElevenTest } from './bsn';

const excerpts = (text: string) => findBsns(text).map((found) => found.excerpt);

describe(passesElevenTest.name, () => {
  it.each(['111222333', '123456782', '012345672'])('accepts %s', (digits) => {
    expect(passesElevenTest(digits)).toBe(true);
  });

  it.each([
    ['a number whose weighted sum is not a multiple of 11', '123456789'],
    ['the valid 123456782 with its last digit changed', '123456783'],
    ['all zeros, although its sum is 0', '000000000'],
    ['eight digits', '12345672'],
  ])('refuses %s', (_label, digits) => {
    expect(passesElevenTest(digits)).toBe(false);
  });
});

describe(findBsns.name, () => {
  it.each([
    ['BSN 111222333 staat in het dossier', '111222333'],
    ['burgerservicenummer: 1234.56.782', '1234.56.782'],
    ['nummer 123 456 782 doorgegeven', '123 456 782'],
    ['zijn nummer is 123.456.782.', '123.456.782'],
    ['(123456782)', '123456782'],
  ])('finds the valid BSN in "%s"', (text, excerpt) => {
    expect(excerpts(text)).toEqual([excerpt]);
  });

  it('finds an eight-digit BSN (leading zero dropped) after the word BSN', () => {
    expect(excerpts('BSN: 12345672')).toEqual(['12345672']);
    expect(excerpts('sofinummer 12345672')).toEqual(['12345672']);
  });

  it.each([
    ['a nine-digit number failing the 11-proef', 'Dossiernummer 123456789 is gesloten'],
    ['a failing number even after the word BSN', 'BSN 123456783'],
    ['an eight-digit number without the word BSN (KvK numbers look the same)', 'KvK 12345672'],
    ['an amount with a euro sign', 'Het budget was € 123456782 voor de regio'],
    ['an amount in euro', 'Het project kostte 123456782 euro'],
    ['an amount in EUR', 'totaal 123456782 EUR'],
    ['a valid number inside a longer number', 'kenmerk 1123456782'],
    ['a valid number inside an IBAN', 'NL91ABNA0123456782'],
    ['a valid number with decimals', 'factor 123456782,5'],
  ])('ignores %s', (_label, text) => {
    expect(findBsns(text)).toEqual([]);
  });

  it('reports where the number is', () => {
    expect(findBsns('BSN 111222333')).toEqual([{ kind: 'bsn', start: 4, end: 13, excerpt: '111222333' }]);
  });
});
