import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import {
  createConversationRequestSchema,
  idParamsSchema,
  proposeStatementRequestSchema,
  Role,
  updateConversationRequestSchema,
  type Conversation,
  type ConversationDetail,
  type CreateConversationRequest,
  type ProposeStatementRequest,
  type Statement,
  type UpdateConversationRequest,
  type User,
} from '@leernetwerk/shared';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ZodPipe } from '../common/zod-body.pipe';
import type { ConversationAnalysis } from './analysis';
import { StatementsService } from './statements.service';

@Controller('conversations')
export class ConversationsController {
  constructor(private readonly service: StatementsService) {}

  @Get()
  list(): Promise<Conversation[]> {
    return this.service.listConversations();
  }

  @Post()
  @Roles(Role.Facilitator)
  create(
    @CurrentUser() actor: User,
    @Body(new ZodPipe(createConversationRequestSchema)) body: Required<CreateConversationRequest>,
  ): Promise<Conversation> {
    return this.service.createConversation(actor, body);
  }

  @Get(':id')
  get(
    @CurrentUser() viewer: User,
    @Param(new ZodPipe(idParamsSchema)) params: { id: string },
  ): Promise<ConversationDetail> {
    return this.service.getConversation(viewer, params.id);
  }

  @Patch(':id')
  @Roles(Role.Facilitator)
  update(
    @Param(new ZodPipe(idParamsSchema)) params: { id: string },
    @Body(new ZodPipe(updateConversationRequestSchema)) body: UpdateConversationRequest,
  ): Promise<Conversation> {
    return this.service.updateConversation(params.id, body);
  }

  @Post(':id/statements')
  propose(
    @CurrentUser() actor: User,
    @Param(new ZodPipe(idParamsSchema)) params: { id: string },
    @Body(new ZodPipe(proposeStatementRequestSchema)) body: ProposeStatementRequest,
  ): Promise<Statement> {
    return this.service.proposeStatement(actor, params.id, body.text);
  }

  @Get(':id/results')
  results(@Param(new ZodPipe(idParamsSchema)) params: { id: string }): Promise<ConversationAnalysis> {
    return this.service.results(params.id);
  }
}
