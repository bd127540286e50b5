import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import {
  createConversationRequestSchema,
  idParamsSchema,
  proposeStatementRequestSchema,
  Role,
  updateConversationRequestSchema,
  type Conversation,
  type ConversationDetail,
  type ConversationResults,
  type ValidCreateConversationRequest,
  type ProposeStatementRequest,
  type Statement,
  type UpdateConversationRequest,
  type User,
} from '@leernetwerk/shared';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ZodPipe } from '../common/zod-body.pipe';
import { ResultsCache } from './results-cache';
import { StatementsService } from './statements.service';
import { PersonalDataPipe } from '../privacy/personal-data.pipe';
import { Idempotent } from '../common/idempotency/idempotent.decorator';

@Controller('conversations')
export class ConversationsController {
  constructor(
    private readonly service: StatementsService,
    private readonly results: ResultsCache,
  ) {}

  @Get()
  list(): Promise<Conversation[]> {
    return this.service.listConversations();
  }

  @Post()
  @Idempotent()
  @Roles(Role.Facilitator)
  create(
    @CurrentUser() actor: User,
    @Body(new ZodPipe(createConversationRequestSchema), new PersonalDataPipe('title', 'description'))
    body: ValidCreateConversationRequest,
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
  @Idempotent()
  propose(
    @CurrentUser() actor: User,
    @Param(new ZodPipe(idParamsSchema)) params: { id: string },
    @Body(new ZodPipe(proposeStatementRequestSchema), new PersonalDataPipe('text')) body: ProposeStatementRequest,
  ): Promise<Statement> {
    return this.service.proposeStatement(actor, params.id, body.text);
  }

  /** Everyone in the network may read the results: they are pseudonymous and hold no hidden statements. */
  @Get(':id/results')
  async getResults(@Param(new ZodPipe(idParamsSchema)) params: { id: string }): Promise<ConversationResults> {
    await this.service.requireJoinable(params.id);
    return this.results.get(params.id);
  }
}
