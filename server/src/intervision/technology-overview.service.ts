import { Injectable } from '@nestjs/common';
import type { TechnologyOverview, User } from '@leernetwerk/shared';
import { OrganisationsService } from '../organisations/organisations.service';
import { TechnologiesService } from '../technologies/technologies.service';
import { UsersService } from '../users/users.service';
import { FollowsRepository } from './follows.repository';

/** A technology's page header: what it is, which organisations use it, and its ambassadors. */
@Injectable()
export class TechnologyOverviewService {
  constructor(
    private readonly technologies: TechnologiesService,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
    private readonly follows: FollowsRepository,
  ) {}

  async overview(viewer: User, technologyId: string): Promise<TechnologyOverview> {
    const technology = await this.technologies.get(technologyId);
    const [organisations, users, following] = await Promise.all([
      this.organisations.list(),
      this.users.list({}),
      this.follows.isFollowing(viewer.id, 'technology', technologyId),
    ]);
    const names = new Map(organisations.map((o) => [o.id, o.name]));
    return {
      ...technology,
      organisations: organisations
        .filter((o) => o.technologyIds.includes(technologyId))
        .map((o) => ({ id: o.id, name: o.name })),
      ambassadors: users
        .filter((u) => u.ambassadorOf.includes(technologyId))
        .map((u) => ({ id: u.id, name: u.name, organisationName: names.get(u.organisationId) ?? '' })),
      following,
    };
  }

  async follow(viewer: User, technologyId: string, following: boolean): Promise<void> {
    await this.technologies.get(technologyId);
    await this.follows.set(viewer.id, 'technology', technologyId, following);
  }
}
