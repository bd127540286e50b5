import { Injectable } from '@nestjs/common';
import { cafeDocuments, Role, type Tally, type User } from '@leernetwerk/shared';
import { hasAnyRole } from '../../auth/has-role';
import { DocumentManager } from '../../collab/document-manager';
import { ApiError } from '../../common/api-error';
import { downloadName } from '../../common/download-name';
import { latestVotes, tallyVotes, emptyTally } from '../../statements/analysis/latest-votes';
import { VotesRepository } from '../../statements/votes.repository';
import { CafeChanges } from '../cafe-changes';
import { requireState } from '../cafe-errors';
import { documentBlocks } from './document-blocks';
import type { HarvestContent } from './harvest-content';
import { harvestMarkdown } from './harvest-markdown';
import { harvestPdf } from './harvest-pdf';
import { readableBlocks } from './readable-blocks';

/** 'Oogst - Samen verder 2026-03-03.pdf': the café's title and the day it was held. */
function fileNameOf(content: HarvestContent, extension: string): string {
  return downloadName(['Oogst', content.cafe.title], content.cafe.startedAt ?? content.cafe.createdAt, extension);
}

/** Gathers a café's harvest (date, organisations, votes before and after, findings, tablecloths) for download. */
@Injectable()
export class HarvestExport {
  constructor(
    private readonly changes: CafeChanges,
    private readonly documents: DocumentManager,
    private readonly votes: VotesRepository,
  ) {}

  async markdown(viewer: User, cafeId: string): Promise<{ markdown: string; fileName: string }> {
    const content = await this.content(viewer, cafeId);
    return { markdown: harvestMarkdown(content), fileName: fileNameOf(content, 'md') };
  }

  async pdf(viewer: User, cafeId: string): Promise<{ pdf: Buffer; fileName: string }> {
    const content = await this.content(viewer, cafeId);
    return { pdf: await harvestPdf(content), fileName: fileNameOf(content, 'pdf') };
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
    const talliesIn = (phase: 'before' | 'after') => {
      const tallies = new Map(tallyVotes(latestVotes(votes, phase)).map((t) => [t.statementId, t]));
      return (statementId: string): Tally => {
        const found = tallies.get(statementId);
        return found
          ? { agree: found.agree, disagree: found.disagree, pass: found.pass, total: found.total }
          : emptyTally();
      };
    };
    const [before, after] = [talliesIn('before'), talliesIn('after')];
    const statements = new Map<string, HarvestContent['statements'][number]>();
    for (const table of cafe.tables) {
      const { prompt } = table;
      if (prompt.kind !== 'statement' || statements.has(prompt.statementId)) continue;
      statements.set(prompt.statementId, {
        text: table.promptText,
        before: before(prompt.statementId),
        after: after(prompt.statementId),
      });
    }
    const tables = await Promise.all(
      cafe.tables.map(async (table) => ({
        table: table.table,
        promptText: table.promptText,
        tablecloth: readableBlocks(
          documentBlocks(await this.documents.snapshotOf(cafeDocuments.tablecloth(cafe.id, table.table))),
        ),
      })),
    );
    const organisations = [...new Set(cafe.participants.map((p) => p.organisationName).filter(Boolean))].sort((a, b) =>
      a.localeCompare(b, 'nl'),
    );
    return {
      cafe,
      organisations,
      statements: [...statements.values()],
      harvest: readableBlocks(documentBlocks(await this.documents.snapshotOf(cafeDocuments.harvest(cafe.id)))),
      tables,
    };
  }
}
