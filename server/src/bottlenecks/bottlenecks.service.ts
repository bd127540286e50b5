import { Injectable } from '@nestjs/common';
import {
  DASHBOARD_TOP,
  NETWORK_ROOM,
  type Bottleneck,
  type BottleneckDashboard,
  type BottleneckFilter,
  type BottleneckSummary,
  type NotificationKind,
  type User,
  type ValidReportBottleneckRequest,
} from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import { Notifier } from '../notifications/notifier';
import { LiveRooms } from '../realtime/live-rooms';
import { TechnologiesService } from '../technologies/technologies.service';
import * as changes from './bottleneck-changes';
import { countBottlenecks, matchesFilter, rankByOrganisations } from './bottleneck-ranking';
import { BottleneckRegister } from './bottleneck-register';
import { BottleneckWrites } from './bottleneck-writes';
import { BottleneckSources } from './bottleneck-sources';
import { BottleneckViews } from './bottleneck-views';
import { BottlenecksRepository, type BottleneckChange, type StoredBottleneck } from './bottlenecks.repository';
import { downloadName } from '../common/download-name';
import { bottlenecksCsv } from './bottlenecks-csv';

/** The register: report, "bij ons ook", status moves, merges; every move told to those who follow it. */
@Injectable()
export class BottlenecksService {
  constructor(
    private readonly repository: BottlenecksRepository,
    private readonly register: BottleneckRegister,
    private readonly writes: BottleneckWrites,
    private readonly views: BottleneckViews,
    private readonly sources: BottleneckSources,
    private readonly technologies: TechnologiesService,
    private readonly notifier: Notifier,
    private readonly rooms: LiveRooms,
  ) {}

  async report(actor: User, input: ValidReportBottleneckRequest): Promise<Bottleneck> {
    if (input.technologyId) await this.technologies.get(input.technologyId);
    await this.sources.check(actor, input.source);
    const now = new Date().toISOString();
    const created = await this.writes.create({
      ...input,
      status: 'new',
      reporterId: actor.id,
      affected: [{ organisationId: actor.organisationId, userId: actor.id, note: '', reported: true, at: now }],
      followerIds: [actor.id],
      timeline: [{ kind: 'reported', at: now, actorId: actor.id, mergedFrom: null }],
      mergedInto: null,
    });
    return this.views.asSeenBy(await this.broadcast(created), created, actor);
  }

  async get(viewer: User, id: string): Promise<Bottleneck> {
    return this.views.full(await this.require(id), viewer);
  }

  async list(filter: BottleneckFilter): Promise<BottleneckSummary[]> {
    return this.views.summaries(await this.ranked(filter));
  }

  async support(actor: User, id: string, note: string): Promise<Bottleneck> {
    const { updated, view } = await this.change(id, (b) => changes.support(b, actor, note, new Date().toISOString()));
    await this.tellFollowers(updated, actor, 'bottleneck-supported');
    return this.views.asSeenBy(view, updated, actor);
  }

  async withdrawSupport(actor: User, id: string): Promise<Bottleneck> {
    const { updated, view } = await this.change(id, (b) => changes.withdrawSupport(b, actor));
    return this.views.asSeenBy(view, updated, actor);
  }

  async moveStatus(actor: User, id: string, to: Bottleneck['status'], explanation: string): Promise<Bottleneck> {
    const { updated, view } = await this.change(id, (b) =>
      changes.moveStatus(b, actor, to, explanation, new Date().toISOString()),
    );
    await this.tellFollowers(updated, actor, 'bottleneck-status');
    return this.views.asSeenBy(view, updated, actor);
  }

  /**
   * Merges `duplicateId` into `keptId`, holding both: first the kept one takes the duplicate's
   * organisations, followers and history, then the duplicate points to it.
   */
  async merge(actor: User, duplicateId: string, keptId: string, explanation: string): Promise<Bottleneck> {
    const now = new Date().toISOString();
    const { duplicate, kept } = await this.writes.both(duplicateId, keptId, async () => {
      const duplicateBefore = await this.require(duplicateId);
      const kept = await this.writes.store(
        keptId,
        (keptNow) => changes.merge(duplicateBefore, keptNow, actor, explanation, now).kept,
      );
      const duplicate = await this.writes.store(
        duplicateId,
        (duplicateNow) => changes.merge(duplicateNow, kept, actor, explanation, now).duplicate,
      );
      return { duplicate, kept };
    });
    const [, keptView] = await Promise.all([this.broadcast(duplicate), this.broadcast(kept)]);
    await this.notifier.notify(duplicate.followerIds, actor, {
      kind: 'bottleneck-merged',
      title: kept.title,
      link: { type: 'bottleneck', bottleneckId: kept.id, status: kept.status },
    });
    return this.views.asSeenBy(keptView, kept, actor);
  }

  async dashboard(filter: BottleneckFilter): Promise<BottleneckDashboard> {
    const ranked = await this.ranked(filter);
    const counts = countBottlenecks(ranked);
    const technologyName = await this.views.technologyNames();
    return {
      total: ranked.length,
      ranked: await this.views.summaries(ranked.slice(0, DASHBOARD_TOP)),
      byPillar: counts.byPillar,
      byStatus: counts.byStatus,
      byTechnology: counts.byTechnology.map(({ technologyId, count }) => ({
        technologyId,
        technologyName: technologyId ? technologyName(technologyId) : null,
        count,
      })),
    };
  }

  /** The register as a spreadsheet, named after the day it was taken. */
  async exportCsv(filter: BottleneckFilter): Promise<{ csv: string; fileName: string }> {
    const csv = bottlenecksCsv(await this.views.csvRows(await this.ranked(filter)));
    return { csv, fileName: downloadName(['Knelpuntenregister'], new Date(), 'csv') };
  }

  /** For actions: the title of a bottleneck that exists and was not merged away. */
  async titleOf(id: string): Promise<string> {
    return (await this.require(id)).title;
  }

  private async ranked(filter: BottleneckFilter): Promise<StoredBottleneck[]> {
    const now = Date.now();
    const active = await this.register.active(now);
    return rankByOrganisations(active.filter((b) => matchesFilter(b, filter, now)));
  }

  /** Stores a change and broadcasts it; returns what was stored and its shared view. */
  private async change(
    id: string,
    apply: (b: StoredBottleneck) => BottleneckChange,
  ): Promise<{ updated: StoredBottleneck; view: Bottleneck }> {
    const updated = await this.writes.change(id, apply);
    return { updated, view: await this.broadcast(updated) };
  }

  /** Everyone who reported or supported it hears of the change (except who made it). */
  private tellFollowers(bottleneck: StoredBottleneck, actor: User, kind: NotificationKind): Promise<void> {
    return this.notifier.notify(bottleneck.followerIds, actor, {
      kind,
      title: bottleneck.title,
      link: { type: 'bottleneck', bottleneckId: bottleneck.id, status: bottleneck.status },
    });
  }

  private async require(id: string): Promise<StoredBottleneck> {
    const bottleneck = await this.repository.findById(id);
    if (!bottleneck) throw ApiError.notFound('Bottleneck');
    return bottleneck;
  }

  /** The register is public to the network: everyone connected sees it move. Returns what was sent. */
  private async broadcast(bottleneck: StoredBottleneck): Promise<Bottleneck> {
    const view = await this.views.shared(bottleneck);
    this.rooms.toRoom(NETWORK_ROOM).emit('bottleneck:updated', { bottleneck: view });
    return view;
  }

  /** Re-announces a bottleneck whose linked actions changed. */
  async announce(id: string): Promise<void> {
    const bottleneck = await this.repository.findById(id);
    if (bottleneck) await this.broadcast(bottleneck);
  }
}
