import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  createPostRequestSchema,
  createThreadRequestSchema,
  helpfulRequestSchema,
  idParamsSchema,
  moderateStatementRequestSchema,
  Role,
  threadSearchQuerySchema,
  type HelpfulRequest,
  type ModerateStatementRequest,
  type Post as ThreadPost,
  type Thread,
  type ThreadSearchQuery,
  type ThreadSummary,
  type User,
  type ValidCreatePostRequest,
  type ValidCreateThreadRequest,
} from '@leernetwerk/shared';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ZodPipe } from '../common/zod-body.pipe';
import { IntervisionService } from './intervision.service';
import { PersonalDataPipe } from '../privacy/personal-data.pipe';
import { Idempotent } from '../common/idempotency/idempotent.decorator';

type IdParams = { id: string };
const idParams = new ZodPipe(idParamsSchema);
const statusOf = ({ action }: ModerateStatementRequest) => (action === 'publish' ? 'published' : 'hidden');

/** Intervision: threads per technology, replies, helpful marks, reports, moderation, search. */
@Controller()
export class IntervisionController {
  constructor(private readonly service: IntervisionService) {}

  @Get('technologies/:id/threads')
  list(@CurrentUser() viewer: User, @Param(idParams) { id }: IdParams): Promise<ThreadSummary[]> {
    return this.service.listThreads(viewer, id);
  }

  @Post('technologies/:id/threads')
  @Idempotent()
  create(
    @CurrentUser() actor: User,
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(createThreadRequestSchema), new PersonalDataPipe('title', 'body', 'tags.*'))
    body: ValidCreateThreadRequest,
  ): Promise<Thread> {
    return this.service.createThread(actor, id, body);
  }

  @Get('threads/search')
  search(
    @CurrentUser() viewer: User,
    @Query(new ZodPipe(threadSearchQuerySchema)) query: ThreadSearchQuery & { q: string },
  ): Promise<ThreadSummary[]> {
    return this.service.searchThreads(viewer, query);
  }

  /** Published threads per technology id, for the catalogue. */
  @Get('threads/counts')
  counts(): Promise<Record<string, number>> {
    return this.service.threadCounts();
  }

  @Get('threads/:id')
  get(@CurrentUser() viewer: User, @Param(idParams) { id }: IdParams): Promise<Thread> {
    return this.service.getThread(viewer, id);
  }

  @Post('threads/:id/posts')
  @Idempotent()
  reply(
    @CurrentUser() actor: User,
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(createPostRequestSchema), new PersonalDataPipe('body')) body: ValidCreatePostRequest,
  ): Promise<ThreadPost> {
    return this.service.reply(actor, id, body);
  }

  @Put('threads/:id/helpful')
  threadHelpful(
    @CurrentUser() actor: User,
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(helpfulRequestSchema)) body: HelpfulRequest,
  ): Promise<ThreadSummary> {
    return this.service.markThreadHelpful(actor, id, body.helpful);
  }

  @Put('posts/:id/helpful')
  postHelpful(
    @CurrentUser() actor: User,
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(helpfulRequestSchema)) body: HelpfulRequest,
  ): Promise<ThreadPost> {
    return this.service.markPostHelpful(actor, id, body.helpful);
  }

  @Post('threads/:id/report')
  @HttpCode(204)
  async reportThread(@CurrentUser() actor: User, @Param(idParams) { id }: IdParams): Promise<void> {
    await this.service.reportThread(actor, id);
  }

  @Post('posts/:id/report')
  @HttpCode(204)
  async reportPost(@CurrentUser() actor: User, @Param(idParams) { id }: IdParams): Promise<void> {
    await this.service.reportPost(actor, id);
  }

  @Post('threads/:id/moderation')
  @HttpCode(200)
  @Roles(Role.Facilitator)
  moderateThread(
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(moderateStatementRequestSchema)) body: ModerateStatementRequest,
  ): Promise<ThreadSummary> {
    return this.service.moderateThread(id, statusOf(body));
  }

  @Post('posts/:id/moderation')
  @HttpCode(200)
  @Roles(Role.Facilitator)
  moderatePost(
    @CurrentUser() actor: User,
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(moderateStatementRequestSchema)) body: ModerateStatementRequest,
  ): Promise<ThreadPost> {
    return this.service.moderatePost(actor, id, statusOf(body));
  }
}
