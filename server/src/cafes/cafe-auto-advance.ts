import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CafeLifecycle } from './cafe-lifecycle.service';
import { CafesRepository } from './cafes.repository';

/** How often the clocks are checked: a round moves on at most this long after 0:00. */
const CHECK_EVERY_MS = 1_000;

/**
 * Starts the next round of cafés that advance by themselves when their clock reaches 0:00. Every
 * server process checks the database (not a timer of its own, which a restart or another process's
 * pause or extension would leave wrong); the advance itself is a conditional write, so it happens
 * once however many processes find the café due.
 */
@Injectable()
export class CafeAutoAdvance implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(CafeAutoAdvance.name);
  private timer: NodeJS.Timeout | null = null;
  private checking = false;

  constructor(
    private readonly cafes: CafesRepository,
    private readonly lifecycle: CafeLifecycle,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.check(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One pass over the due cafés; a slow pass is not overlapped by the next. */
  async check(now = Date.now()): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      for (const due of await this.cafes.dueToAdvance(now)) {
        await this.lifecycle.advanceWhenTimeIsUp(due.id, due.seen);
      }
    } catch (error) {
      this.logger.warn(`Could not advance a café round: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.checking = false;
    }
  }
}
