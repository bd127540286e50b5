import { spreadsheetDateTime, type BottleneckSummary } from '@leernetwerk/shared';
import { BOTTLENECK_SCOPE_NL, BOTTLENECK_STATUS_NL, PILLAR_NL } from '../common/dutch-labels';
import { excelCsv } from '../common/excel-csv';

/** A bottleneck in the register's order, with the names of the organisations it affects. */
export type BottleneckCsvRow = BottleneckSummary & { organisationNames: readonly string[] };

const COLUMNS = [
  'Rang',
  'Titel',
  'Aantal organisaties',
  'Organisaties',
  'Status',
  'Soort',
  'Technologie',
  'Pijler van het kompas',
  'Gemeld op',
  'Laatst gewijzigd',
];

/** The ranked register as a spreadsheet for a Dutch Excel: Dutch words, names, Amsterdam times. */
export function bottlenecksCsv(ranked: readonly BottleneckCsvRow[]): string {
  return excelCsv(
    COLUMNS,
    ranked.map((b, index) => [
      index + 1,
      b.title,
      b.organisationsAffected,
      b.organisationNames.join(', '),
      BOTTLENECK_STATUS_NL[b.status],
      BOTTLENECK_SCOPE_NL[b.scope],
      b.technologyName ?? '',
      b.pillar ? PILLAR_NL[b.pillar] : '',
      spreadsheetDateTime(b.createdAt),
      spreadsheetDateTime(b.updatedAt),
    ]),
  );
}
