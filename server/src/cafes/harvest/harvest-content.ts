import type { Cafe, Tally } from '@leernetwerk/shared';
import type { Block } from './document-blocks';

/** Everything an exported harvest shows, gathered once for both Markdown and PDF. */
export interface HarvestContent {
  cafe: Pick<Cafe, 'title' | 'centralQuestion' | 'rounds' | 'participants' | 'createdAt' | 'startedAt'>;
  /** Names of the organisations of everyone who took part, each once, in Dutch alphabetical order. */
  organisations: string[];
  /** Each statement talked about at a table, once, with the votes on it before and after the talk. */
  statements: { text: string; before: Tally; after: Tally }[];
  /** The facilitator's harvest document, without empty outline headings. */
  harvest: Block[];
  tables: {
    table: number;
    promptText: string;
    tablecloth: Block[];
  }[];
}
