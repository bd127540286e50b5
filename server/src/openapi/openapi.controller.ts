import { Controller, Get } from '@nestjs/common';
import { Public } from '../common/public.decorator';
import { buildOpenApiDocument } from './openapi.document';

@Controller()
export class OpenApiController {
  private readonly document = buildOpenApiDocument();

  @Public()
  @Get('openapi.json')
  get(): unknown {
    return this.document;
  }
}
