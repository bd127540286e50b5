import { Injectable } from '@nestjs/common';
import type {
  CreateOrganisationRequest,
  InviteCodeResponse,
  Organisation,
  UpdateOrganisationRequest,
} from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import { TechnologiesService } from '../technologies/technologies.service';
import { generateInviteCode, normaliseInviteCode } from './invite-code';
import { OrganisationsRepository } from './organisations.repository';

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly repository: OrganisationsRepository,
    private readonly technologies: TechnologiesService,
  ) {}

  list(): Promise<Organisation[]> {
    return this.repository.list();
  }

  async get(id: string): Promise<Organisation> {
    const organisation = await this.repository.findById(id);
    if (!organisation) throw ApiError.notFound('Organisation');
    return organisation;
  }

  async create(input: Required<CreateOrganisationRequest>): Promise<Organisation> {
    await this.technologies.requireAll(input.technologyIds);
    return this.repository.create({ ...input, inviteCode: generateInviteCode() });
  }

  async update(id: string, changes: UpdateOrganisationRequest): Promise<Organisation> {
    if (changes.technologyIds) await this.technologies.requireAll(changes.technologyIds);
    const updated = await this.repository.update(id, changes);
    if (!updated) throw ApiError.notFound('Organisation');
    return updated;
  }

  async getInviteCode(id: string): Promise<InviteCodeResponse> {
    const inviteCode = await this.repository.findInviteCode(id);
    if (!inviteCode) throw ApiError.notFound('Organisation');
    return { inviteCode };
  }

  /** Replaces the invite code; the old one stops working at once. */
  async rotateInviteCode(id: string): Promise<InviteCodeResponse> {
    const inviteCode = generateInviteCode();
    if (!(await this.repository.update(id, { inviteCode }))) throw ApiError.notFound('Organisation');
    return { inviteCode };
  }

  findByInviteCode(input: string): Promise<Organisation | null> {
    return this.repository.findByInviteCode(normaliseInviteCode(input));
  }
}
