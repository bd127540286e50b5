import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Cafe } from '@leernetwerk/shared';
import { KeyedThrottle } from '../common/keyed-throttle';
import { CafesLive } from './cafes.live';

/**
 * Sends a café's state to its room at most once per interval, always the latest. A single change
 * (a round change, a pause) goes out at once; a burst (200 people entering the lobby within
 * seconds) becomes a few broadcasts instead of one full café per person to every person.
 */
@Injectable()
export class CafeBroadcastThrottle implements OnModuleDestroy {
  static readonly INTERVAL_MS = 250;
  private readonly latest = new Map<string, Cafe>();
  private readonly throttle = new KeyedThrottle(CafeBroadcastThrottle.INTERVAL_MS, (cafeId) => {
    const cafe = this.latest.get(cafeId);
    this.latest.delete(cafeId);
    if (cafe) this.live.updated(cafe);
  });

  constructor(private readonly live: CafesLive) {}

  send(cafe: Cafe): void {
    this.latest.set(cafe.id, cafe);
    this.throttle.request(cafe.id);
  }

  onModuleDestroy(): void {
    this.throttle.stop();
    this.latest.clear();
  }
}
