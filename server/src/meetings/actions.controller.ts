import { Body, Controller, Delete, Get, HttpCode, Param, Patch } from '@nestjs/common';
import {
  idParamsSchema,
  updateActionRequestSchema,
  type MeetingAction,
  type User,
  type ValidUpdateActionRequest,
} from '@leernetwerk/shared';
import { CurrentUser } from '../auth/current-user.decorator';
import { ZodPipe } from '../common/zod-body.pipe';
import { ActionsService } from './actions.service';
import { PersonalDataPipe } from '../privacy/personal-data.pipe';

/** Actions outside their meeting: changing one, and each person's own list. */
@Controller()
export class ActionsController {
  constructor(private readonly actions: ActionsService) {}

  @Patch('actions/:id')
  update(
    @CurrentUser() actor: User,
    @Param(new ZodPipe(idParamsSchema)) { id }: { id: string },
    @Body(new ZodPipe(updateActionRequestSchema), new PersonalDataPipe('text')) body: ValidUpdateActionRequest,
  ): Promise<MeetingAction> {
    return this.actions.update(actor, id, body);
  }

  @Delete('actions/:id')
  @HttpCode(204)
  async delete(@CurrentUser() actor: User, @Param(new ZodPipe(idParamsSchema)) { id }: { id: string }): Promise<void> {
    await this.actions.delete(actor, id);
  }

  @Get('me/actions')
  mine(@CurrentUser() viewer: User): Promise<MeetingAction[]> {
    return this.actions.mine(viewer);
  }
}
