import { Injectable } from '@nestjs/common';
import { cafeDocuments, Role, type User } from '@leernetwerk/shared';
import { hasAnyRole } from '../../auth/has-role';
import { DocumentManager } from '../../collab/document-manager';
import { ApiError } from '../../common/api-error';
import { latestVotes, tallyVotes, emptyTally } from '../../statements/analysis/latest-votes';
import { VotesRepository } from '../../statements/votes.repository';
import { CafeChanges } from '../cafe-changes';
import { requireState } from '../cafe-errors';
import { documentBlocks } from './document-blocks';
import type { HarvestContent } from './harvest-content';
import { harvestMarkdown } from './harvest-markdown';
import { harvestPdf } from './harvest-pdf';

/** Gathers a café's harvest (findings, tablecloths, votes before and after) for download. */
@Injectable()
export class HarvestExport {
  constructor(
    private readonly changes: CafeChanges,
    private readonly documents: DocumentManager,
    private readonly votes: VotesRepository,
  ) {}

  async markdown(viewer: User, cafeId: string): Promise<string> {
    return harvestMarkdown(await this.content(viewer, cafeId));
  }

  async pdf(viewer: User, cafeId: string): Promise<Buffer> {
    return harvestPdf(await this.content(viewer, cafeId));
  }

  /**
   * Facilitators export at any time from the harvest on; participants once it is up for review;
   * the whole network once it is published.
   */
  private async content(viewer: User, cafeId: string): Promise<HarvestContent> {
    const cafe = await this.changes.get(cafeId);
    requireState(cafe.state, ['harvest', 'closed'], 'export the harvest');
    const participant = cafe.participants.some((p) => p.id === viewer.id);
    const shared = cafe.harvest.status === 'published' || (participant && cafe.harvest.status === 'review');
    if (!hasAnyRole(viewer, [Role.Facilitator]) && !shared) {
      throw ApiError.forbidden('The harvest is not shared yet');
    }
    const votes = cafe.conversationId ? await this.votes.listByConversation(cafe.conversationId) : [];
    const tallyIn = (phase: 'before' | 'after', statementId: string) => {
      const found = tallyVotes(latestVotes(votes, phase)).find((t) => t.statementId === statementId);
      return found
        ? { agree: found.agree, disagree: found.disagree, pass: found.pass, total: found.total }
        : emptyTally();
    };
    const tables = await Promise.all(
      cafe.tables.map(async (table) => ({
        table: table.table,
        promptText: table.promptText,
        votes:
          table.prompt.kind === 'statement'
            ? { before: tallyIn('before', table.prompt.statementId), after: tallyIn('after', table.prompt.statementId) }
            : null,
        tablecloth: documentBlocks(await this.documents.snapshotOf(cafeDocuments.tablecloth(cafe.id, table.table))),
      })),
    );
    return {
      cafe,
      harvest: documentBlocks(await this.documents.snapshotOf(cafeDocuments.harvest(cafe.id))),
      tables,
    };
  }
}
