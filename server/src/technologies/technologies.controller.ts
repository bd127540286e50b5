import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import {
  createTechnologyRequestSchema,
  idParamsSchema,
  Role,
  updateTechnologyRequestSchema,
  type ValidCreateTechnologyRequest,
  type Technology,
  type UpdateTechnologyRequest,
} from '@leernetwerk/shared';
import { Roles } from '../auth/roles.decorator';
import { ZodPipe } from '../common/zod-body.pipe';
import { TechnologiesService } from './technologies.service';
import { PersonalDataPipe } from '../privacy/personal-data.pipe';
import { Idempotent } from '../common/idempotency/idempotent.decorator';

@Controller('technologies')
export class TechnologiesController {
  constructor(private readonly service: TechnologiesService) {}

  @Get()
  list(): Promise<Technology[]> {
    return this.service.list();
  }

  @Get(':id')
  get(@Param(new ZodPipe(idParamsSchema)) params: { id: string }): Promise<Technology> {
    return this.service.get(params.id);
  }

  @Post()
  @Idempotent()
  @Roles(Role.Coordinator)
  create(
    @Body(new ZodPipe(createTechnologyRequestSchema), new PersonalDataPipe('name', 'description'))
    body: ValidCreateTechnologyRequest,
  ): Promise<Technology> {
    return this.service.create(body);
  }

  @Patch(':id')
  @Roles(Role.Coordinator)
  update(
    @Param(new ZodPipe(idParamsSchema)) params: { id: string },
    @Body(new ZodPipe(updateTechnologyRequestSchema), new PersonalDataPipe('name', 'description'))
    body: UpdateTechnologyRequest,
  ): Promise<Technology> {
    return this.service.update(params.id, body);
  }
}
