import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import {
  assignAmbassadorshipsRequestSchema,
  assignRolesRequestSchema,
  idParamsSchema,
  idSchema,
  Role,
  setAccountDisabledRequestSchema,
  type AssignAmbassadorshipsRequest,
  type AssignRolesRequest,
  type SetAccountDisabledRequest,
  type User,
} from '@leernetwerk/shared';
import { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ZodPipe } from '../common/zod-body.pipe';
import { UsersService } from './users.service';

const listUsersQuerySchema = z.object({ organisationId: idSchema.optional() });

@Controller('users')
@Roles(Role.Coordinator)
export class UsersController {
  constructor(private readonly service: UsersService) {}

  @Get()
  list(@Query(new ZodPipe(listUsersQuerySchema)) query: { organisationId?: string }): Promise<User[]> {
    return this.service.list(query);
  }

  @Put(':id/roles')
  assignRoles(
    @CurrentUser() actor: User,
    @Param(new ZodPipe(idParamsSchema)) params: { id: string },
    @Body(new ZodPipe(assignRolesRequestSchema)) body: AssignRolesRequest,
  ): Promise<User> {
    return this.service.assignRoles(actor, params.id, body.roles);
  }

  @Put(':id/disabled')
  setDisabled(
    @CurrentUser() actor: User,
    @Param(new ZodPipe(idParamsSchema)) params: { id: string },
    @Body(new ZodPipe(setAccountDisabledRequestSchema)) body: SetAccountDisabledRequest,
  ): Promise<User> {
    return this.service.setDisabled(actor, params.id, body.disabled);
  }

  @Put(':id/ambassadorships')
  assignAmbassadorships(
    @Param(new ZodPipe(idParamsSchema)) params: { id: string },
    @Body(new ZodPipe(assignAmbassadorshipsRequestSchema)) body: AssignAmbassadorshipsRequest,
  ): Promise<User> {
    return this.service.assignAmbassadorships(params.id, body.technologyIds);
  }
}
