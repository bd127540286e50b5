import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  idParamsSchema,
  moderateStatementRequestSchema,
  proposeReplyRequestSchema,
  reportRequestSchema,
  Role,
  voteRequestSchema,
  type ModerateStatementRequest,
  type ProposeReplyRequest,
  type Reply,
  type ReportRequest,
  type Statement,
  type User,
  type ValidVoteRequest,
  type VoteResponse,
} from '@leernetwerk/shared';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ZodPipe } from '../common/zod-body.pipe';
import { ModerationService } from './moderation.service';
import { RepliesService } from './replies.service';
import { VotingService } from './voting.service';
import { PersonalDataPipe } from '../privacy/personal-data.pipe';
import { Idempotent } from '../common/idempotency/idempotent.decorator';

@Controller('statements')
export class StatementsController {
  constructor(
    private readonly voting: VotingService,
    private readonly replies: RepliesService,
    private readonly moderation: ModerationService,
  ) {}

  @Put(':id/vote')
  vote(
    @CurrentUser() actor: User,
    @Param(new ZodPipe(idParamsSchema)) params: { id: string },
    @Body(new ZodPipe(voteRequestSchema), new PersonalDataPipe('reason')) body: ValidVoteRequest,
  ): Promise<VoteResponse> {
    return this.voting.vote(actor, params.id, body);
  }

  @Post(':id/replies')
  @Idempotent()
  reply(
    @CurrentUser() actor: User,
    @Param(new ZodPipe(idParamsSchema)) params: { id: string },
    @Body(new ZodPipe(proposeReplyRequestSchema), new PersonalDataPipe('text')) body: ProposeReplyRequest,
  ): Promise<Reply> {
    return this.replies.reply(actor, params.id, body);
  }

  @Post(':id/moderation')
  @HttpCode(200)
  @Roles(Role.Facilitator)
  moderate(
    @CurrentUser() actor: User,
    @Param(new ZodPipe(idParamsSchema)) params: { id: string },
    @Body(new ZodPipe(moderateStatementRequestSchema)) body: ModerateStatementRequest,
  ): Promise<Statement> {
    return this.moderation.decideStatement(actor, params.id, body);
  }

  @Post(':id/report')
  @HttpCode(204)
  async report(
    @CurrentUser() actor: User,
    @Param(new ZodPipe(idParamsSchema)) params: { id: string },
    @Body(new ZodPipe(reportRequestSchema), new PersonalDataPipe('reason')) body: ReportRequest,
  ): Promise<void> {
    await this.moderation.reportStatement(actor, params.id, body.reason);
  }
}
