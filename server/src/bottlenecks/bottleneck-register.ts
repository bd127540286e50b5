import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/app-config.token';
import type { ResolvedConfig } from '../config/resolved-config';
import { StoredChanges } from '../stored-changes/stored-changes';
import { BottlenecksRepository, type StoredBottleneck } from './bottlenecks.repository';

/**
 * With several server processes, every write is announced to the others at once (StoredChanges).
 * An announcement can still be lost while a process cannot reach Redis; after this long the next
 * read loads the whole register again in the background, so such a gap heals by itself.
 */
export const RESYNC_AFTER_MS = 5 * 60_000;

/**
 * The register in memory, for the lists and the dashboard: the embedded database reads every
 * document for any query (about 1 ms each), so 5,000 bottlenecks took seconds per request. Loaded
 * on first use and kept current by every write: this process's directly, the other processes'
 * through their announcements (the changed bottleneck is read again by id).
 */
@Injectable()
export class BottleneckRegister {
  private byId: Map<string, StoredBottleneck> | null = null;
  private loadedAt = 0;
  private loading: Promise<void> | null = null;

  private readonly resyncAfterMs: number;

  constructor(
    private readonly repository: BottlenecksRepository,
    private readonly changes: StoredChanges,
    @Inject(APP_CONFIG) config: Pick<ResolvedConfig, 'redisUrl'>,
  ) {
    this.resyncAfterMs = config.redisUrl ? RESYNC_AFTER_MS : Number.POSITIVE_INFINITY;
    changes.onChangeElsewhere('bottleneck', (id) => this.readAgain(id));
  }

  /** Every bottleneck that is not a merged duplicate, nor deleted by its reporter. */
  async active(now = Date.now()): Promise<StoredBottleneck[]> {
    if (!this.byId) await this.load();
    else if (now - this.loadedAt > this.resyncAfterMs) void this.load();
    return [...(this.byId?.values() ?? [])].filter((b) => b.mergedInto === null && b.ownership.deletedAt === null);
  }

  /** Records a bottleneck this process just wrote, and tells the other processes. */
  remember(bottleneck: StoredBottleneck): StoredBottleneck {
    this.keep(bottleneck);
    this.changes.announce({ kind: 'bottleneck', id: bottleneck.id });
    return bottleneck;
  }

  private keep(bottleneck: StoredBottleneck): void {
    this.byId?.set(bottleneck.id, newer(this.byId.get(bottleneck.id), bottleneck));
  }

  private async readAgain(id: string): Promise<void> {
    if (!this.byId) return; // Loaded later from the database, with this change in it.
    const stored = await this.repository.findById(id);
    if (stored) this.keep(stored);
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
