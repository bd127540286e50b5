import { Injectable } from '@nestjs/common';
import type { Bottleneck, BottleneckSummary, TimelineEntry, User } from '@leernetwerk/shared';
import { ownershipView } from '../common/content-history';
import { OrganisationsService } from '../organisations/organisations.service';
import { TechnologiesService } from '../technologies/technologies.service';
import { UsersService } from '../users/users.service';
import type { StoredTimelineEntry } from './bottleneck.schema';
import { BottleneckLinks } from './bottleneck-links';
import { BottleneckSources } from './bottleneck-sources';
import type { StoredBottleneck } from './bottlenecks.repository';
import type { BottleneckCsvRow } from './bottlenecks-csv';

const ERASED_NAME = 'Verwijderd account';

type Names = (id: string) => string;

/** Bottlenecks as served: names looked up, per-viewer marks set (none for a broadcast). */
@Injectable()
export class BottleneckViews {
  constructor(
    private readonly technologies: TechnologiesService,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
    private readonly sources: BottleneckSources,
    private readonly links: BottleneckLinks,
  ) {}

  async summaries(bottlenecks: readonly StoredBottleneck[]): Promise<BottleneckSummary[]> {
    const technologyName = await this.technologyNames();
    return bottlenecks.map((b) => this.summary(b, technologyName));
  }

  async full(bottleneck: StoredBottleneck, viewer: User): Promise<Bottleneck> {
    return this.asSeenBy(await this.shared(bottleneck), bottleneck, viewer);
  }

  /** The same for everyone (what is broadcast): the per-viewer fields are false. */
  async shared(bottleneck: StoredBottleneck): Promise<Bottleneck> {
    const [technologyName, organisationName, userName, sourceTitle, actions] = await Promise.all([
      this.technologyNames(),
      this.organisationNames(),
      this.userNames(bottleneck),
      this.sources.titleOf(bottleneck.source),
      this.links.meetings.actionsLinkedTo(bottleneck.id),
    ]);
    return {
      ...this.summary(bottleneck, technologyName),
      description: bottleneck.description,
      source: { source: bottleneck.source, title: sourceTitle },
      reporterName: userName(bottleneck.reporterId),
      organisations: bottleneck.affected.map((a) => ({
        organisationId: a.organisationId,
        organisationName: organisationName(a.organisationId),
        userName: userName(a.userId),
        note: a.note,
        reported: a.reported,
        at: a.at,
      })),
      affectsMyOrganisation: false,
      following: false,
      mine: false,
      timeline: bottleneck.timeline.map((entry) => timelineEntry(entry, userName, organisationName)),
      mergedInto: bottleneck.mergedInto,
      actions,
      ...ownershipView(bottleneck.ownership, userName),
    };
  }

  /** A shared view with the viewer's own fields filled in. */
  asSeenBy(view: Bottleneck, bottleneck: StoredBottleneck, viewer: User): Bottleneck {
    return {
      ...view,
      affectsMyOrganisation: bottleneck.affected.some((a) => a.organisationId === viewer.organisationId),
      following: bottleneck.followerIds.includes(viewer.id),
      mine: bottleneck.reporterId === viewer.id,
    };
  }

  private summary(b: StoredBottleneck, technologyName: (id: string) => string | null): BottleneckSummary {
    return {
      id: b.id,
      title: b.title,
      technologyId: b.technologyId,
      technologyName: b.technologyId ? technologyName(b.technologyId) : null,
      pillar: b.pillar,
      scope: b.scope,
      status: b.status,
      organisationsAffected: b.affected.length,
      createdAt: b.createdAt,
      updatedAt: b.updatedAt,
    };
  }

  /** The register's rows for a spreadsheet: each with the names of the organisations it affects. */
  async csvRows(ranked: readonly StoredBottleneck[]): Promise<BottleneckCsvRow[]> {
    const [summaries, organisationName] = await Promise.all([this.summaries(ranked), this.organisationNames()]);
    return summaries.map((summary, index) => ({
      ...summary,
      organisationNames: (ranked[index]?.affected ?? []).map((a) => organisationName(a.organisationId)).filter(Boolean),
    }));
  }

  async technologyNames(): Promise<(id: string) => string | null> {
    const names = new Map((await this.technologies.list()).map((t) => [t.id, t.name]));
    return (id) => names.get(id) ?? null;
  }

  private async organisationNames(): Promise<Names> {
    const names = new Map((await this.organisations.list()).map((o) => [o.id, o.name]));
    return (id) => names.get(id) ?? '';
  }

  private async userNames(bottleneck: StoredBottleneck): Promise<Names> {
    const ids = new Set([bottleneck.reporterId, ...bottleneck.affected.map((a) => a.userId)]);
    for (const entry of bottleneck.timeline) if ('actorId' in entry) ids.add(entry.actorId);
    if (bottleneck.ownership.personalDataRemoved) ids.add(bottleneck.ownership.personalDataRemoved.actorId);
    const names = new Map<string, string>();
    await Promise.all(
      [...ids].map(async (id) => {
        const user = await this.users.findById(id);
        if (user) names.set(id, user.name);
      }),
    );
    return (id) => names.get(id) ?? ERASED_NAME;
  }
}

function timelineEntry(entry: StoredTimelineEntry, userName: Names, organisationName: Names): TimelineEntry {
  switch (entry.kind) {
    case 'reported':
      return { kind: 'reported', at: entry.at, actorName: userName(entry.actorId), mergedFrom: entry.mergedFrom };
    case 'status':
      return {
        kind: 'status',
        at: entry.at,
        actorName: userName(entry.actorId),
        from: entry.from,
        to: entry.to,
        explanation: entry.explanation,
        mergedFrom: entry.mergedFrom,
      };
    case 'supported':
      return {
        kind: 'supported',
        at: entry.at,
        organisationName: organisationName(entry.organisationId),
        mergedFrom: entry.mergedFrom,
      };
    case 'merged':
      return {
        kind: 'merged',
        at: entry.at,
        actorName: userName(entry.actorId),
        duplicateTitle: entry.duplicateTitle,
        explanation: entry.explanation,
        mergedFrom: entry.mergedFrom,
      };
  }
}
