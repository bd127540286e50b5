import { excelCsv, readExcelCsv } from './excel-csv';

describe('excelCsv', () => {
  const csv = excelCsv(
    ['naam', 'aantal', 'gemiddelde', 'notitie'],
    [
      ['Zorg & Welzijn; Noord', 3, 2.5, 'Regel 1\nRegel 2'],
      ['=HYPERLINK("https://x")', -1, -0.25, '@SUM(A1)'],
      ['-2+3', 0, null, '+31 6 1234'],
      ['Café "De Hoek"', 12, 1234.5, undefined],
    ],
  );

  it('starts with a BOM, separates cells with ; and ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFFnaam;aantal;gemiddelde;notitie\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').replace(/"Regel 1\nRegel 2"/, '')).not.toContain('\n');
  });

  it('reads back as the same cells, with decimal commas and escaped formulas', () => {
    expect(readExcelCsv(csv)).toEqual([
      ['naam', 'aantal', 'gemiddelde', 'notitie'],
      ['Zorg & Welzijn; Noord', '3', '2,5', 'Regel 1\nRegel 2'],
      [`'=HYPERLINK("https://x")`, '-1', '-0,25', "'@SUM(A1)"],
      ["'-2+3", '0', '', "'+31 6 1234"],
      ['Café "De Hoek"', '12', '1234,5', ''],
    ]);
  });

  it('quotes only the cells that need it', () => {
    expect(csv).toContain('\r\n"Zorg & Welzijn; Noord";3;2,5;"Regel 1\nRegel 2"\r\n');
    expect(csv).toContain('\r\n"Café ""De Hoek""";12;1234,5;\r\n');
  });
});
