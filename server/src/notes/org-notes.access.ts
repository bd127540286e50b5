import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Role, type DocAccess, type User } from '@leernetwerk/shared';
import { hasAnyRole } from '../auth/has-role';
import { CollabAccessRegistry } from '../collab/collab-access.registry';
import { ApiError } from '../common/api-error';
import { OrganisationsService } from '../organisations/organisations.service';

/**
 * `org:<organisationId>:notes` — an organisation's shared notes. Its members write; the network's
 * coordinators may read; nobody else sees them.
 */
@Injectable()
export class OrgNotesAccess implements OnModuleInit {
  constructor(
    private readonly registry: CollabAccessRegistry,
    private readonly organisations: OrganisationsService,
  ) {}

  onModuleInit(): void {
    this.registry.register('org', (user, parts) => this.resolve(user, parts));
  }

  private async resolve(user: User, [organisationId, kind, ...rest]: string[]): Promise<DocAccess | null> {
    if (kind !== 'notes' || rest.length > 0 || !organisationId) throw ApiError.notFound('Document');
    await this.organisations.get(organisationId);
    if (user.organisationId === organisationId) return 'write';
    return hasAnyRole(user, [Role.Coordinator]) ? 'read' : null;
  }
}
