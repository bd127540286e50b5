import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  createOrganisationRequestSchema,
  idParamsSchema,
  Role,
  updateOrganisationRequestSchema,
  type CreateOrganisationRequest,
  type InviteCodeResponse,
  type Organisation,
  type UpdateOrganisationRequest,
} from '@leernetwerk/shared';
import { Roles } from '../auth/roles.decorator';
import { ZodPipe } from '../common/zod-body.pipe';
import { OrganisationsService } from './organisations.service';
import { Idempotent } from '../common/idempotency/idempotent.decorator';

@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly service: OrganisationsService) {}

  @Get()
  list(): Promise<Organisation[]> {
    return this.service.list();
  }

  @Get(':id')
  get(@Param(new ZodPipe(idParamsSchema)) params: { id: string }): Promise<Organisation> {
    return this.service.get(params.id);
  }

  @Post()
  @Idempotent()
  @Roles(Role.Coordinator)
  create(
    @Body(new ZodPipe(createOrganisationRequestSchema)) body: Required<CreateOrganisationRequest>,
  ): Promise<Organisation> {
    return this.service.create(body);
  }

  @Patch(':id')
  @Roles(Role.Coordinator)
  update(
    @Param(new ZodPipe(idParamsSchema)) params: { id: string },
    @Body(new ZodPipe(updateOrganisationRequestSchema)) body: UpdateOrganisationRequest,
  ): Promise<Organisation> {
    return this.service.update(params.id, body);
  }

  @Get(':id/invite-code')
  @Roles(Role.Coordinator)
  getInviteCode(@Param(new ZodPipe(idParamsSchema)) params: { id: string }): Promise<InviteCodeResponse> {
    return this.service.getInviteCode(params.id);
  }

  @Post(':id/invite-code/rotate')
  @HttpCode(200)
  @Roles(Role.Coordinator)
  rotateInviteCode(@Param(new ZodPipe(idParamsSchema)) params: { id: string }): Promise<InviteCodeResponse> {
    return this.service.rotateInviteCode(params.id);
  }
}
