import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/app-config.token';
import type { ResolvedConfig } from '../config/resolved-config';
import { BottlenecksRepository, type StoredBottleneck } from './bottlenecks.repository';

/**
 * With several server processes (Redis configured), after this long the next read refreshes the
 * copy in the background, to pick up the other processes' writes. A lone process knows all writes.
 */
export const REFRESH_AFTER_MS = 30_000;

/**
 * The register in memory, for the lists and the dashboard: the embedded database reads every
 * document for any query (about 1 ms each), so 5,000 bottlenecks took seconds per request. Loaded
 * on first use and kept current by this process's writes; with several processes, refreshed in the
 * background when older than REFRESH_AFTER_MS, so their changes show within about that time.
 */
@Injectable()
export class BottleneckRegister {
  private byId: Map<string, StoredBottleneck> | null = null;
  private loadedAt = 0;
  private loading: Promise<void> | null = null;

  private readonly refreshAfterMs: number;

  constructor(
    private readonly repository: BottlenecksRepository,
    @Inject(APP_CONFIG) config: Pick<ResolvedConfig, 'redisUrl'>,
  ) {
    this.refreshAfterMs = config.redisUrl ? REFRESH_AFTER_MS : Number.POSITIVE_INFINITY;
  }

  /** Every bottleneck that is not a merged duplicate, nor deleted by its reporter. */
  async active(now = Date.now()): Promise<StoredBottleneck[]> {
    if (!this.byId) await this.load();
    else if (now - this.loadedAt > this.refreshAfterMs) void this.load();
    return [...(this.byId?.values() ?? [])].filter((b) => b.mergedInto === null && b.ownership.deletedAt === null);
  }

  /** Records a bottleneck this process just wrote. */
  remember(bottleneck: StoredBottleneck): StoredBottleneck {
    this.byId?.set(bottleneck.id, newer(this.byId.get(bottleneck.id), bottleneck));
    return bottleneck;
  }

  private load(): Promise<void> {
    this.loading ??= this.repository
      .listAll()
      .then((all) => {
        // A write remembered while this read ran may be newer than what the read saw.
        const fresh = new Map(all.map((b) => [b.id, b]));
        for (const known of this.byId?.values() ?? []) fresh.set(known.id, newer(fresh.get(known.id), known));
        this.byId = fresh;
        this.loadedAt = Date.now();
      })
      .finally(() => (this.loading = null));
    return this.loading;
  }
}

/** Bottlenecks are never deleted, and every change moves `updatedAt` on. */
function newer(a: StoredBottleneck | undefined, b: StoredBottleneck): StoredBottleneck {
  return a && a.updatedAt > b.updatedAt ? a : b;
}
