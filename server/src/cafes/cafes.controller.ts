import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  broadcastRequestSchema,
  cafeStepRequestSchema,
  createCafeRequestSchema,
  idParamsSchema,
  movePersonRequestSchema,
  plenaryRequestSchema,
  Role,
  timerActionRequestSchema,
  updateCafeRequestSchema,
  type BroadcastRequest,
  type Cafe,
  type CafeStepRequest,
  type CafeSummary,
  type MovePersonRequest,
  type PlenaryRequest,
  type TimerActionRequest,
  type User,
  type ValidCreateCafeRequest,
} from '@leernetwerk/shared';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ZodPipe } from '../common/zod-body.pipe';
import { CafeLifecycle } from './cafe-lifecycle.service';
import { CafeView } from './cafe-view';
import { CafesRepository } from './cafes.repository';
import { PersonalDataPipe } from '../privacy/personal-data.pipe';
import { CAFE_TEXTS } from '../privacy/guarded-texts';
import { Idempotent } from '../common/idempotency/idempotent.decorator';

type IdParams = { id: string };
const idParams = new ZodPipe(idParamsSchema);

/** World cafés: any member reads them; facilitators set them up and run them. */
@Controller('cafes')
export class CafesController {
  constructor(
    private readonly lifecycle: CafeLifecycle,
    private readonly cafes: CafesRepository,
    private readonly view: CafeView,
  ) {}

  @Get()
  async list(): Promise<CafeSummary[]> {
    return (await this.cafes.list()).map((cafe) => this.view.summaryOf(cafe));
  }

  @Post()
  @Idempotent()
  @Roles(Role.Facilitator)
  create(
    @CurrentUser() actor: User,
    @Body(new ZodPipe(createCafeRequestSchema), new PersonalDataPipe(...CAFE_TEXTS)) body: ValidCreateCafeRequest,
  ): Promise<Cafe> {
    return this.lifecycle.create(actor, body);
  }

  @Get(':id')
  get(@Param(idParams) { id }: IdParams): Promise<Cafe> {
    return this.lifecycle.get(id);
  }

  @Patch(':id')
  @Roles(Role.Facilitator)
  update(
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(updateCafeRequestSchema), new PersonalDataPipe(...CAFE_TEXTS))
    body: Partial<ValidCreateCafeRequest>,
  ): Promise<Cafe> {
    return this.lifecycle.updateSetup(id, body);
  }

  @Post(':id/lobby')
  @HttpCode(200)
  @Roles(Role.Facilitator)
  openLobby(
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(cafeStepRequestSchema)) body: CafeStepRequest,
  ): Promise<Cafe> {
    return this.lifecycle.openLobby(id, body.seen);
  }

  @Post(':id/start')
  @HttpCode(200)
  @Roles(Role.Facilitator)
  start(
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(cafeStepRequestSchema)) body: CafeStepRequest,
  ): Promise<Cafe> {
    return this.lifecycle.start(id, body.seen);
  }

  @Post(':id/next-round')
  @HttpCode(200)
  @Roles(Role.Facilitator)
  nextRound(
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(cafeStepRequestSchema)) body: CafeStepRequest,
  ): Promise<Cafe> {
    return this.lifecycle.nextRound(id, body.seen);
  }

  @Post(':id/end')
  @HttpCode(200)
  @Roles(Role.Facilitator)
  end(
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(cafeStepRequestSchema)) body: CafeStepRequest,
  ): Promise<Cafe> {
    return this.lifecycle.end(id, body.seen);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(Role.Facilitator)
  close(
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(cafeStepRequestSchema)) body: CafeStepRequest,
  ): Promise<Cafe> {
    return this.lifecycle.close(id, body.seen);
  }

  @Post(':id/timer')
  @HttpCode(200)
  @Roles(Role.Facilitator)
  timer(
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(timerActionRequestSchema)) body: TimerActionRequest,
  ): Promise<Cafe> {
    return this.lifecycle.timer(id, body);
  }

  @Post(':id/moves')
  @HttpCode(200)
  @Roles(Role.Facilitator)
  move(
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(movePersonRequestSchema)) body: MovePersonRequest,
  ): Promise<Cafe> {
    return this.lifecycle.move(id, body.userId, body.table);
  }

  @Post(':id/plenary')
  @HttpCode(200)
  @Roles(Role.Facilitator)
  setInPlenary(
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(plenaryRequestSchema)) body: PlenaryRequest,
  ): Promise<Cafe> {
    return this.lifecycle.setInPlenary(id, body.inPlenary);
  }

  @Post(':id/broadcast')
  @Idempotent()
  @HttpCode(204)
  @Roles(Role.Facilitator)
  async broadcast(
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(broadcastRequestSchema), new PersonalDataPipe('text')) body: BroadcastRequest,
  ): Promise<void> {
    await this.lifecycle.broadcast(id, body.text);
  }

  /** A participant leaves for good (closing the tab is not leaving: they may come back). */
  @Post(':id/leave')
  @HttpCode(200)
  leave(@CurrentUser() user: User, @Param(idParams) { id }: IdParams): Promise<Cafe> {
    return this.lifecycle.leave(user, id);
  }
}
