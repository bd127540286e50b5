import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { HealthResponse } from '@leernetwerk/shared';
import { Public } from '../common/public.decorator';
import { HealthService } from './health.service';

@Controller('health')
export class HealthController {
  constructor(private readonly service: HealthService) {}

  /** 200 when the database answers, 503 otherwise, so load balancers can act on it. */
  @Public()
  @Get()
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const health = await this.service.check();
    res.status(health.status === 'ok' ? 200 : 503);
    return health;
  }
}
