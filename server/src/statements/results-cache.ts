import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { ConversationResults } from '@leernetwerk/shared';
import { StoredChanges } from '../stored-changes/stored-changes';
import { analyseConversation } from './analysis';
import { pseudonymousResults } from './pseudonymous-results';
import { StatementsLive } from './statements.live';
import { StatementsRepository } from './statements.repository';
import { VotesRepository } from './votes.repository';

interface Entry {
  results?: ConversationResults;
  computedAt: number;
  dirty: boolean;
  firstDirtyAt?: number;
  timer?: NodeJS.Timeout;
  computing?: Promise<ConversationResults>;
}

/**
 * The analysis of each conversation, recomputed as votes arrive, debounced: after a quiet second,
 * and at least every five seconds while votes keep coming. Each recompute is broadcast to the
 * room by the process that took the votes. Votes taken by another process mark this cache stale
 * through its announcement, so results served over HTTP here are computed again on the next read.
 */
@Injectable()
export class ResultsCache implements OnModuleDestroy {
  static readonly QUIET_MS = 1000;
  static readonly MAX_WAIT_MS = 5000;
  /** A safety net for an announcement lost while Redis was out of reach. */
  static readonly MAX_AGE_MS = 2000;
  private readonly logger = new Logger(ResultsCache.name);
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly statements: StatementsRepository,
    private readonly votes: VotesRepository,
    private readonly live: StatementsLive,
    private readonly changes: StoredChanges,
  ) {
    changes.onChangeElsewhere('conversation', (id) => this.markStale(id));
  }

  /** Votes or the published statements changed here. */
  invalidate(conversationId: string): void {
    this.changes.announce({ kind: 'conversation', id: conversationId });
    const entry = this.entryOf(conversationId);
    const now = Date.now();
    entry.dirty = true;
    entry.firstDirtyAt ??= now;
    clearTimeout(entry.timer);
    const wait = Math.min(ResultsCache.QUIET_MS, entry.firstDirtyAt + ResultsCache.MAX_WAIT_MS - now);
    entry.timer = setTimeout(() => void this.recomputeAndBroadcast(conversationId), Math.max(0, wait));
  }

  async get(conversationId: string): Promise<ConversationResults> {
    const entry = this.entryOf(conversationId);
    const fresh = entry.results && !entry.dirty && Date.now() - entry.computedAt < ResultsCache.MAX_AGE_MS;
    return fresh && entry.results ? entry.results : this.compute(conversationId, entry);
  }

  /** Another process took the votes and tells the room; here only the next read computes again. */
  private markStale(conversationId: string): void {
    const entry = this.entries.get(conversationId);
    if (entry) entry.dirty = true;
  }

  onModuleDestroy(): void {
    for (const entry of this.entries.values()) clearTimeout(entry.timer);
    this.entries.clear();
  }

  private entryOf(conversationId: string): Entry {
    let entry = this.entries.get(conversationId);
    if (!entry) {
      entry = { computedAt: 0, dirty: false };
      this.entries.set(conversationId, entry);
    }
    return entry;
  }

  private async recomputeAndBroadcast(conversationId: string): Promise<void> {
    const entry = this.entryOf(conversationId);
    entry.timer = undefined;
    try {
      this.live.results(await this.compute(conversationId, entry));
    } catch (error) {
      this.logger.warn(`Could not analyse ${conversationId}: ${String(error)}`);
    }
  }

  /** One computation at a time per conversation; callers meanwhile share it. */
  private compute(conversationId: string, entry: Entry): Promise<ConversationResults> {
    entry.computing ??= this.analyse(conversationId, entry).finally(() => {
      entry.computing = undefined;
    });
    return entry.computing;
  }

  private async analyse(conversationId: string, entry: Entry): Promise<ConversationResults> {
    // Votes arriving from here on belong to the next computation.
    entry.dirty = false;
    entry.firstDirtyAt = undefined;
    const [statements, votes] = await Promise.all([
      this.statements.listByConversation(conversationId),
      this.votes.listByConversation(conversationId),
    ]);
    const published = new Set(statements.filter((s) => s.status === 'published').map((s) => s.id));
    const analysis = analyseConversation(votes.filter((vote) => published.has(vote.statementId)));
    const results = { ...pseudonymousResults(analysis), conversationId, computedAt: new Date().toISOString() };
    entry.results = results;
    entry.computedAt = Date.now();
    return results;
  }
}
