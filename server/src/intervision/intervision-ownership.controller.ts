import { PersonalDataPipe } from '../privacy/personal-data.pipe';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  editPostRequestSchema,
  editThreadRequestSchema,
  idParamsSchema,
  removePostPersonalDataRequestSchema,
  removeThreadPersonalDataRequestSchema,
  Role,
  type ContentHistory,
  type EditPostRequest,
  type EditThreadRequest,
  type Post as ThreadPost,
  type RemovePostPersonalDataRequest,
  type RemoveThreadPersonalDataRequest,
  type Thread,
  type User,
} from '@leernetwerk/shared';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ZodPipe } from '../common/zod-body.pipe';
import { IntervisionOwnershipService } from './intervision-ownership.service';

type IdParams = { id: string };
const idParams = new ZodPipe(idParamsSchema);

/** Writers edit and delete their own threads and replies; personal data removal; the history for coordinators. */
@Controller()
export class IntervisionOwnershipController {
  constructor(private readonly service: IntervisionOwnershipService) {}

  @Patch('threads/:id')
  editThread(
    @CurrentUser() actor: User,
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(editThreadRequestSchema), new PersonalDataPipe('title', 'body')) body: EditThreadRequest,
  ): Promise<Thread> {
    return this.service.editThread(actor, id, body);
  }

  @Delete('threads/:id')
  @HttpCode(204)
  async deleteThread(@CurrentUser() actor: User, @Param(idParams) { id }: IdParams): Promise<void> {
    await this.service.deleteThread(actor, id);
  }

  @Post('threads/:id/personal-data-removal')
  @HttpCode(200)
  @Roles(Role.Facilitator, Role.Coordinator)
  removeThreadPersonalData(
    @CurrentUser() actor: User,
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(removeThreadPersonalDataRequestSchema)) body: RemoveThreadPersonalDataRequest,
  ): Promise<Thread> {
    return this.service.removeThreadPersonalData(actor, id, body);
  }

  @Get('threads/:id/history')
  @Roles(Role.Coordinator)
  threadHistory(@Param(idParams) { id }: IdParams): Promise<ContentHistory> {
    return this.service.threadHistory(id);
  }

  @Patch('posts/:id')
  editPost(
    @CurrentUser() actor: User,
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(editPostRequestSchema), new PersonalDataPipe('body')) body: EditPostRequest,
  ): Promise<ThreadPost> {
    return this.service.editPost(actor, id, body);
  }

  @Delete('posts/:id')
  @HttpCode(204)
  async deletePost(@CurrentUser() actor: User, @Param(idParams) { id }: IdParams): Promise<void> {
    await this.service.deletePost(actor, id);
  }

  @Post('posts/:id/personal-data-removal')
  @HttpCode(200)
  @Roles(Role.Facilitator, Role.Coordinator)
  removePostPersonalData(
    @CurrentUser() actor: User,
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(removePostPersonalDataRequestSchema)) body: RemovePostPersonalDataRequest,
  ): Promise<ThreadPost> {
    return this.service.removePostPersonalData(actor, id, body);
  }

  @Get('posts/:id/history')
  @Roles(Role.Coordinator)
  postHistory(@Param(idParams) { id }: IdParams): Promise<ContentHistory> {
    return this.service.postHistory(id);
  }
}
