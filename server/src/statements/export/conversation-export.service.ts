import { Injectable } from '@nestjs/common';
import { downloadName } from '../../common/download-name';
import { ConversationLookup } from '../conversation-lookup';
import { ResultsCache } from '../results-cache';
import { StatementsRepository } from '../statements.repository';
import { VotesRepository } from '../votes.repository';
import { resultsMarkdown } from './results-markdown';
import { votesCsv } from './votes-csv';

/** Downloads of a conversation: its votes (pseudonymised) and a summary of its results. Published statements only. */
@Injectable()
export class ConversationExportService {
  constructor(
    private readonly lookup: ConversationLookup,
    private readonly statements: StatementsRepository,
    private readonly votes: VotesRepository,
    private readonly results: ResultsCache,
  ) {}

  /** Named after the discussion and the day it started. */
  async csv(conversationId: string): Promise<{ csv: string; fileName: string }> {
    const conversation = await this.lookup.require(conversationId);
    const [statements, votes] = await Promise.all([
      this.publishedStatements(conversationId),
      this.votes.listByConversation(conversationId),
    ]);
    return {
      csv: votesCsv(statements, votes),
      fileName: downloadName(['Stemmen', conversation.title], conversation.createdAt, 'csv'),
    };
  }

  async markdown(conversationId: string): Promise<{ markdown: string; fileName: string }> {
    const conversation = await this.lookup.require(conversationId);
    const [statements, results] = await Promise.all([
      this.publishedStatements(conversationId),
      this.results.get(conversationId),
    ]);
    return {
      markdown: resultsMarkdown(conversation, statements, results),
      fileName: downloadName(['Samenvatting', conversation.title], conversation.createdAt, 'md'),
    };
  }

  private async publishedStatements(conversationId: string) {
    return (await this.statements.listByConversation(conversationId)).filter((s) => s.status === 'published');
  }
}
