import { Controller, Get } from '@nestjs/common';
import { Public } from '../common/public.decorator';
import { OpenApiDescription } from './openapi-description.service';
import type { OpenApiDocument } from './openapi.types';

@Controller()
export class OpenApiController {
  constructor(private readonly description: OpenApiDescription) {}

  @Public()
  @Get('openapi.json')
  get(): OpenApiDocument {
    return this.description.get();
  }
}
