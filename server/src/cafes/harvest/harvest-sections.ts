import { formatNetworkTime, type Tally } from '@leernetwerk/shared';
import type { HarvestContent } from './harvest-content';

/** The section headings of an exported harvest, the same in Markdown and PDF, each used once. */
export const HARVEST_SECTIONS = {
  organisations: 'Aanwezige organisaties',
  nobody: '(Niemand nam deel)',
  statements: 'Stellingen: stemmen voor en na het gesprek',
  harvest: 'Oogstdocument',
  nothingWritten: '(Nog niets geschreven)',
  tablecloths: 'Tafelkleden',
  emptyTablecloth: '(Leeg tafelkleed)',
} as const;

/** "Datum: dinsdag 3 maart 2026", on the Amsterdam calendar. */
export function cafeDateLine(content: HarvestContent): string {
  return `Datum: ${formatNetworkTime(content.cafe.startedAt ?? content.cafe.createdAt, 'nl-NL', 'dayFull')}`;
}

/** Named by number only: the table's question follows underneath, and already heads the harvest. */
export function tableclothHeading(table: number): string {
  return `Tafelkleed van tafel ${table + 1}`;
}

/** "Voor het gesprek: 2 eens, 3 oneens, 0 pas" */
export function tallyLine(label: string, tally: Tally): string {
  return `${label}: ${tally.agree} eens, ${tally.disagree} oneens, ${tally.pass} pas`;
}
