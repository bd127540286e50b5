import { Controller, Get, Header, Param } from '@nestjs/common';
import { idParamsSchema, Role } from '@leernetwerk/shared';
import { Roles } from '../../auth/roles.decorator';
import { ZodPipe } from '../../common/zod-body.pipe';
import { ConversationExportService } from './conversation-export.service';

@Controller('conversations')
export class ConversationExportController {
  constructor(private readonly exports: ConversationExportService) {}

  /** Row-level votes are for the people running the network, even pseudonymised. */
  @Get(':id/export.csv')
  @Roles(Role.Facilitator, Role.Coordinator)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="stemmen.csv"')
  csv(@Param(new ZodPipe(idParamsSchema)) params: { id: string }): Promise<string> {
    return this.exports.csv(params.id);
  }

  /** The summary holds nothing the results page does not show to every member. */
  @Get(':id/summary.md')
  @Header('Content-Type', 'text/markdown; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="samenvatting.md"')
  markdown(@Param(new ZodPipe(idParamsSchema)) params: { id: string }): Promise<string> {
    return this.exports.markdown(params.id);
  }
}
