import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | null | undefined;

/** Writes a number as a Dutch spreadsheet reads it: 2.5 becomes 2,5; no thousands separators. */
function dutchNumber(value: number): string {
  return String(value).replace('.', ',');
}

/**
 * A table as a CSV file that a Dutch Excel opens as columns with a double click: UTF-8 with a BOM
 * (or accents break), `;` between cells (a comma is the decimal sign there), CRLF line ends,
 * quotes only where needed, decimal commas. A text cell starting with = + - @ gets a leading
 * apostrophe, so the spreadsheet never runs user text as a formula.
 */
export function excelCsv(columns: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    rows.map((row) => [...row]),
    {
      header: true,
      columns: [...columns],
      delimiter: ';',
      record_delimiter: 'windows',
      bom: true,
      // A line break inside a cell needs quotes too, or Excel starts a new row there.
      quoted_match: /[\r\n]/,
      escape_formulas: true,
      cast: { number: dutchNumber },
    },
  );
}

/**
 * Reads such a file back into rows of cells (header included): what a spreadsheet shows. Tests
 * use it to check a download cell by cell.
 */
export function readExcelCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
