import { stringify } from 'csv-stringify/sync';
import type { BottleneckSummary } from '@leernetwerk/shared';

const STATUS_NL = {
  new: 'nieuw',
  recognised: 'herkend',
  raised: 'aangekaart bij de branche',
  'in-progress': 'in behandeling',
  solved: 'opgelost',
  declined: 'niet opgepakt',
} as const;

/**
 * The ranked register as a spreadsheet, in Dutch. Cells starting with = + - @ are escaped so a
 * spreadsheet does not run user text as a formula.
 */
export function bottlenecksCsv(ranked: readonly BottleneckSummary[]): string {
  const rows = ranked.map((b, index) => [
    index + 1,
    b.id,
    b.title,
    b.organisationsAffected,
    STATUS_NL[b.status],
    b.scope === 'structural' ? 'structureel' : 'organisatie',
    b.technologyName ?? '',
    b.pillar ?? '',
    b.createdAt,
    b.updatedAt,
  ]);
  return stringify(rows, {
    header: true,
    columns: [
      'rang',
      'id',
      'titel',
      'organisaties',
      'status',
      'soort',
      'technologie',
      'kompaspijler',
      'gemeld_op',
      'laatst_gewijzigd',
    ],
    escape_formulas: true,
    bom: true,
  });
}
