import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  idParamsSchema,
  moderateStatementRequestSchema,
  reportRequestSchema,
  Role,
  type ModerateStatementRequest,
  type Reply,
  type ReportRequest,
  type User,
} from '@leernetwerk/shared';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ZodPipe } from '../common/zod-body.pipe';
import { ModerationService } from './moderation.service';
import { PersonalDataPipe } from '../privacy/personal-data.pipe';

@Controller('replies')
export class RepliesController {
  constructor(private readonly moderation: ModerationService) {}

  @Post(':id/moderation')
  @HttpCode(200)
  @Roles(Role.Facilitator)
  moderate(
    @CurrentUser() actor: User,
    @Param(new ZodPipe(idParamsSchema)) params: { id: string },
    @Body(new ZodPipe(moderateStatementRequestSchema)) body: ModerateStatementRequest,
  ): Promise<Reply> {
    return this.moderation.decideReply(actor, params.id, body);
  }

  @Post(':id/report')
  @HttpCode(204)
  async report(
    @CurrentUser() actor: User,
    @Param(new ZodPipe(idParamsSchema)) params: { id: string },
    @Body(new ZodPipe(reportRequestSchema), new PersonalDataPipe('reason')) body: ReportRequest,
  ): Promise<void> {
    await this.moderation.reportReply(actor, params.id, body.reason);
  }
}
