import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  idParamsSchema,
  moderateStatementRequestSchema,
  Role,
  voteRequestSchema,
  type ModerateStatementRequest,
  type Statement,
  type User,
  type ValidVoteRequest,
  type VoteResponse,
} from '@leernetwerk/shared';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ZodPipe } from '../common/zod-body.pipe';
import { StatementsService } from './statements.service';

@Controller('statements')
export class StatementsController {
  constructor(private readonly service: StatementsService) {}

  @Post(':id/moderation')
  @HttpCode(200)
  @Roles(Role.Facilitator)
  moderate(
    @CurrentUser() actor: User,
    @Param(new ZodPipe(idParamsSchema)) params: { id: string },
    @Body(new ZodPipe(moderateStatementRequestSchema)) body: ModerateStatementRequest,
  ): Promise<Statement> {
    return this.service.moderate(actor, params.id, body);
  }

  @Put(':id/vote')
  vote(
    @CurrentUser() actor: User,
    @Param(new ZodPipe(idParamsSchema)) params: { id: string },
    @Body(new ZodPipe(voteRequestSchema)) body: ValidVoteRequest,
  ): Promise<VoteResponse> {
    return this.service.vote(actor, params.id, body);
  }
}
