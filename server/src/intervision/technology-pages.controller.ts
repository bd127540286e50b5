import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  followRequestSchema,
  idParamsSchema,
  type FollowRequest,
  type TechnologyOverview,
  type ThreadSummary,
  type User,
} from '@leernetwerk/shared';
import { CurrentUser } from '../auth/current-user.decorator';
import { ZodPipe } from '../common/zod-body.pipe';
import { IntervisionService } from './intervision.service';
import { KnowledgePagePromotion } from './knowledge-page-promotion';
import { TechnologyOverviewService } from './technology-overview.service';
import { Idempotent } from '../common/idempotency/idempotent.decorator';

type IdParams = { id: string };
const idParams = new ZodPipe(idParamsSchema);

/** A technology's page around its threads: overview, following, ambassadors' questions, knowledge page. */
@Controller()
export class TechnologyPagesController {
  constructor(
    private readonly overviews: TechnologyOverviewService,
    private readonly intervision: IntervisionService,
    private readonly promotion: KnowledgePagePromotion,
  ) {}

  @Get('technologies/:id/overview')
  overview(@CurrentUser() viewer: User, @Param(idParams) { id }: IdParams): Promise<TechnologyOverview> {
    return this.overviews.overview(viewer, id);
  }

  @Put('technologies/:id/follow')
  @HttpCode(204)
  async followTechnology(
    @CurrentUser() viewer: User,
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(followRequestSchema)) body: FollowRequest,
  ): Promise<void> {
    await this.overviews.follow(viewer, id, body.following);
  }

  @Put('threads/:id/follow')
  @HttpCode(204)
  async followThread(
    @CurrentUser() viewer: User,
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(followRequestSchema)) body: FollowRequest,
  ): Promise<void> {
    await this.intervision.follow(viewer, id, body.following);
  }

  /** Open questions for the technologies this user is ambassador of. */
  @Get('me/ambassador-questions')
  ambassadorQuestions(@CurrentUser() user: User): Promise<ThreadSummary[]> {
    return this.intervision.ambassadorQuestions(user);
  }

  @Post('threads/:id/promote')
  @Idempotent()
  @HttpCode(204)
  async promoteThread(@Param(idParams) { id }: IdParams): Promise<void> {
    await this.promotion.promoteThread(id);
  }

  @Post('posts/:id/promote')
  @Idempotent()
  @HttpCode(204)
  async promotePost(@Param(idParams) { id }: IdParams): Promise<void> {
    await this.promotion.promotePost(id);
  }
}
