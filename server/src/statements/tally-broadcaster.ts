import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { EMPTY_TALLY, talliesOf } from './statement-view';
import { StatementsLive } from './statements.live';
import { VotesRepository } from './votes.repository';

interface Batch {
  statementIds: Set<string>;
  timer?: NodeJS.Timeout;
  flushing: boolean;
  lastFlushAt: number;
}

/**
 * Sends changed tallies to a conversation's room in batches, at most once per interval.
 *
 * Why: with 200 people in a room, one broadcast per vote is 200 messages per vote, and counting
 * per vote re-reads the votes each time. A batch counts once (after the votes in it are stored)
 * and reaches everyone in one message, so a burst costs a few broadcasts instead of thousands.
 * A vote on an idle conversation goes out at once; the interval only throttles bursts.
 */
@Injectable()
export class TallyBroadcaster implements OnModuleDestroy {
  static readonly INTERVAL_MS = 100;
  private readonly logger = new Logger(TallyBroadcaster.name);
  private readonly batches = new Map<string, Batch>();

  constructor(
    private readonly votes: VotesRepository,
    private readonly live: StatementsLive,
  ) {}

  /** Call after the vote is stored: the batch that includes it counts from the database. */
  statementChanged(conversationId: string, statementId: string): void {
    let batch = this.batches.get(conversationId);
    if (!batch) {
      batch = { statementIds: new Set(), flushing: false, lastFlushAt: 0 };
      this.batches.set(conversationId, batch);
    }
    batch.statementIds.add(statementId);
    this.schedule(conversationId, batch);
  }

  onModuleDestroy(): void {
    for (const batch of this.batches.values()) clearTimeout(batch.timer);
    this.batches.clear();
  }

  private schedule(conversationId: string, batch: Batch): void {
    if (batch.timer || batch.flushing) return;
    const wait = Math.max(0, batch.lastFlushAt + TallyBroadcaster.INTERVAL_MS - Date.now());
    batch.timer = setTimeout(() => void this.flush(conversationId, batch), wait);
  }

  private async flush(conversationId: string, batch: Batch): Promise<void> {
    batch.timer = undefined;
    batch.flushing = true;
    const statementIds = [...batch.statementIds];
    batch.statementIds.clear();
    try {
      const tallies = talliesOf(await this.votes.listByConversation(conversationId));
      this.live.tallies(
        conversationId,
        statementIds.map((statementId) => ({ statementId, tally: tallies.get(statementId) ?? EMPTY_TALLY })),
      );
    } catch (error) {
      // Counted again with the next batch; the stored votes are safe either way.
      this.logger.warn(`Could not count tallies of ${conversationId}: ${String(error)}`);
      for (const id of statementIds) batch.statementIds.add(id);
    } finally {
      batch.flushing = false;
      batch.lastFlushAt = Date.now();
      // The batch stays (a few numbers per conversation) so its interval holds across flushes.
      if (batch.statementIds.size > 0) this.schedule(conversationId, batch);
    }
  }
}
