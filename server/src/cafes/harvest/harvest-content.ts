import type { Cafe, Tally } from '@leernetwerk/shared';
import type { Block } from './document-blocks';

/** Everything an exported harvest shows, gathered once for both Markdown and PDF. */
export interface HarvestContent {
  cafe: Pick<Cafe, 'title' | 'centralQuestion' | 'rounds' | 'participants'>;
  harvest: Block[];
  tables: {
    table: number;
    promptText: string;
    /** Votes on the table's statement before and after the talk; null for a free question. */
    votes: { before: Tally; after: Tally } | null;
    tablecloth: Block[];
  }[];
}
