import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import {
  bottleneckFilterSchema,
  changeBottleneckStatusRequestSchema,
  idParamsSchema,
  mergeBottleneckRequestSchema,
  reportBottleneckRequestSchema,
  Role,
  supportBottleneckRequestSchema,
  type Bottleneck,
  type BottleneckDashboard,
  type BottleneckFilter,
  type BottleneckSummary,
  type ChangeBottleneckStatusRequest,
  type User,
  type ValidReportBottleneckRequest,
} from '@leernetwerk/shared';
import type { z } from 'zod';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { csvDownload } from '../common/download-name';
import { ZodPipe } from '../common/zod-body.pipe';
import { BottlenecksService } from './bottlenecks.service';
import { PersonalDataPipe } from '../privacy/personal-data.pipe';
import { Idempotent } from '../common/idempotency/idempotent.decorator';

type IdParams = { id: string };
const idParams = new ZodPipe(idParamsSchema);
const filterQuery = new ZodPipe(bottleneckFilterSchema);

/** The bottleneck register (public to the network) and the coordinators' dashboard. */
@Controller('bottlenecks')
export class BottlenecksController {
  constructor(private readonly service: BottlenecksService) {}

  @Get()
  list(@Query(filterQuery) filter: BottleneckFilter): Promise<BottleneckSummary[]> {
    return this.service.list(filter);
  }

  @Post()
  @Idempotent()
  report(
    @CurrentUser() actor: User,
    @Body(new ZodPipe(reportBottleneckRequestSchema), new PersonalDataPipe('title', 'description', 'source.excerpt'))
    body: ValidReportBottleneckRequest,
  ): Promise<Bottleneck> {
    return this.service.report(actor, body);
  }

  @Get('dashboard')
  @Roles(Role.Facilitator, Role.Coordinator)
  dashboard(@Query(filterQuery) filter: BottleneckFilter): Promise<BottleneckDashboard> {
    return this.service.dashboard(filter);
  }

  @Get('export.csv')
  @Roles(Role.Facilitator, Role.Coordinator)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async exportCsv(@Query(filterQuery) filter: BottleneckFilter): Promise<StreamableFile> {
    return csvDownload(await this.service.exportCsv(filter));
  }

  @Get(':id')
  get(@CurrentUser() viewer: User, @Param(idParams) { id }: IdParams): Promise<Bottleneck> {
    return this.service.get(viewer, id);
  }

  @Post(':id/support')
  @Idempotent()
  @HttpCode(200)
  support(
    @CurrentUser() actor: User,
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(supportBottleneckRequestSchema), new PersonalDataPipe('note'))
    body: z.output<typeof supportBottleneckRequestSchema>,
  ): Promise<Bottleneck> {
    return this.service.support(actor, id, body.note);
  }

  @Delete(':id/support')
  withdrawSupport(@CurrentUser() actor: User, @Param(idParams) { id }: IdParams): Promise<Bottleneck> {
    return this.service.withdrawSupport(actor, id);
  }

  @Post(':id/status')
  @HttpCode(200)
  @Roles(Role.Facilitator, Role.Coordinator)
  moveStatus(
    @CurrentUser() actor: User,
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(changeBottleneckStatusRequestSchema), new PersonalDataPipe('explanation'))
    body: ChangeBottleneckStatusRequest,
  ): Promise<Bottleneck> {
    return this.service.moveStatus(actor, id, body.status, body.explanation);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @Roles(Role.Facilitator, Role.Coordinator)
  merge(
    @CurrentUser() actor: User,
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(mergeBottleneckRequestSchema), new PersonalDataPipe('explanation'))
    body: z.output<typeof mergeBottleneckRequestSchema>,
  ): Promise<Bottleneck> {
    return this.service.merge(actor, id, body.intoId, body.explanation);
  }
}
