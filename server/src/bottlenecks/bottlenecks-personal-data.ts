import { Injectable } from '@nestjs/common';
import type { AccountExport } from '@leernetwerk/shared';
import type { StoredTimelineEntry } from './bottleneck.schema';
import { BottleneckWrites } from './bottleneck-writes';
import { BottlenecksRepository } from './bottlenecks.repository';

/** Marks what an erased account reported or said: the bottleneck stays for the organisations it affects. */
const ERASED = 'verwijderd';

/** A user's rights over the bottleneck register: see what they reported and supported, erase the link. */
@Injectable()
export class BottlenecksPersonalData {
  constructor(
    private readonly repository: BottlenecksRepository,
    private readonly writes: BottleneckWrites,
  ) {}

  async exportFor(userId: string): Promise<AccountExport['bottlenecks']> {
    const all = await this.repository.listAll();
    return {
      reported: all
        .filter((b) => b.reporterId === userId)
        .map(({ id, title, description }) => ({ id, title, description })),
      supported: all.flatMap((b) =>
        b.affected
          .filter((a) => a.userId === userId && !a.reported)
          .map((a) => ({ id: b.id, title: b.title, note: a.note })),
      ),
    };
  }

  /** No more notifications, and their name is no longer shown anywhere in the register. */
  async eraseFor(userId: string): Promise<void> {
    const erase = (id: string) => (id === userId ? ERASED : id);
    for (const b of await this.repository.listAll()) {
      const involved =
        b.reporterId === userId || b.followerIds.includes(userId) || b.affected.some((a) => a.userId === userId);
      if (!involved) continue;
      await this.writes.change(b.id, (current) => ({
        reporterId: erase(current.reporterId),
        followerIds: current.followerIds.filter((id) => id !== userId),
        affected: current.affected.map((a) => ({ ...a, userId: erase(a.userId) })),
        timeline: current.timeline.map((e): StoredTimelineEntry =>
          'actorId' in e ? { ...e, actorId: erase(e.actorId) } : e,
        ),
      }));
    }
  }
}
