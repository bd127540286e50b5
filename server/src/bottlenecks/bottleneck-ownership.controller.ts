import { PersonalDataPipe } from '../privacy/personal-data.pipe';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  editBottleneckRequestSchema,
  idParamsSchema,
  removeBottleneckPersonalDataRequestSchema,
  Role,
  type Bottleneck,
  type ContentHistory,
  type EditBottleneckRequest,
  type RemoveBottleneckPersonalDataRequest,
  type User,
} from '@leernetwerk/shared';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ZodPipe } from '../common/zod-body.pipe';
import { BottleneckOwnershipService } from './bottleneck-ownership.service';

type IdParams = { id: string };
const idParams = new ZodPipe(idParamsSchema);

/** The reporter edits and deletes their report; personal data removal; the history for coordinators. */
@Controller('bottlenecks')
export class BottleneckOwnershipController {
  constructor(private readonly service: BottleneckOwnershipService) {}

  @Patch(':id')
  edit(
    @CurrentUser() actor: User,
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(editBottleneckRequestSchema), new PersonalDataPipe('title', 'description'))
    body: EditBottleneckRequest,
  ): Promise<Bottleneck> {
    return this.service.edit(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  async delete(@CurrentUser() actor: User, @Param(idParams) { id }: IdParams): Promise<void> {
    await this.service.delete(actor, id);
  }

  @Post(':id/personal-data-removal')
  @HttpCode(200)
  @Roles(Role.Facilitator, Role.Coordinator)
  removePersonalData(
    @CurrentUser() actor: User,
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(removeBottleneckPersonalDataRequestSchema)) body: RemoveBottleneckPersonalDataRequest,
  ): Promise<Bottleneck> {
    return this.service.removePersonalData(actor, id, body);
  }

  @Get(':id/history')
  @Roles(Role.Coordinator)
  history(@Param(idParams) { id }: IdParams): Promise<ContentHistory> {
    return this.service.history(id);
  }
}
