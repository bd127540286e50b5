import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Cafe } from '@leernetwerk/shared';
import { CafesLive } from './cafes.live';

interface Pending {
  latest?: Cafe;
  timer?: NodeJS.Timeout;
  lastSentAt: number;
}

/**
 * Sends a café's state to its room at most once per interval, always the latest. A single change
 * (a round change, a pause) goes out at once; a burst (200 people entering the lobby within
 * seconds) becomes a few broadcasts instead of one full café per person to every person, which
 * grows with the square of the room.
 */
@Injectable()
export class CafeBroadcastThrottle implements OnModuleDestroy {
  static readonly INTERVAL_MS = 250;
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly live: CafesLive) {}

  send(cafe: Cafe): void {
    const entry = this.pending.get(cafe.id) ?? { lastSentAt: 0 };
    this.pending.set(cafe.id, entry);
    entry.latest = cafe;
    if (entry.timer) return;
    const wait = entry.lastSentAt + CafeBroadcastThrottle.INTERVAL_MS - Date.now();
    if (wait <= 0) this.flush(cafe.id, entry);
    else entry.timer = setTimeout(() => this.flush(cafe.id, entry), wait);
  }

  onModuleDestroy(): void {
    for (const entry of this.pending.values()) clearTimeout(entry.timer);
    this.pending.clear();
  }

  private flush(cafeId: string, entry: Pending): void {
    entry.timer = undefined;
    if (!entry.latest) return;
    this.live.updated(entry.latest);
    entry.latest = undefined;
    entry.lastSentAt = Date.now();
  }
}
