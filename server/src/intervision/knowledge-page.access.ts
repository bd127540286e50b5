import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { DocAccess, User } from '@leernetwerk/shared';
import { CollabAccessRegistry } from '../collab/collab-access.registry';
import { ApiError } from '../common/api-error';
import { TechnologiesService } from '../technologies/technologies.service';

/**
 * `technology:<id>:page` — a technology's knowledge page. The whole network keeps it alive, so
 * every member writes (a wiki, not a publication); moderation happens in the threads.
 */
@Injectable()
export class KnowledgePageAccess implements OnModuleInit {
  constructor(
    private readonly registry: CollabAccessRegistry,
    private readonly technologies: TechnologiesService,
  ) {}

  onModuleInit(): void {
    this.registry.register('technology', (user, parts) => this.resolve(user, parts));
  }

  private async resolve(_user: User, [technologyId, kind, ...rest]: string[]): Promise<DocAccess | null> {
    if (kind !== 'page' || rest.length > 0 || !technologyId || !/^[0-9a-f]{24}$/.test(technologyId)) {
      throw ApiError.notFound('Document');
    }
    await this.technologies.get(technologyId);
    return 'write';
  }
}
