import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { idParamsSchema, Role } from '@leernetwerk/shared';
import { Roles } from '../../auth/roles.decorator';
import { csvDownload, markdownDownload } from '../../common/download-name';
import { ZodPipe } from '../../common/zod-body.pipe';
import { ConversationExportService } from './conversation-export.service';

@Controller('conversations')
export class ConversationExportController {
  constructor(private readonly exports: ConversationExportService) {}

  /** Row-level votes are for the people running the network, even pseudonymised. */
  @Get(':id/export.csv')
  @Roles(Role.Facilitator, Role.Coordinator)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async csv(@Param(new ZodPipe(idParamsSchema)) params: { id: string }): Promise<StreamableFile> {
    return csvDownload(await this.exports.csv(params.id));
  }

  /** The summary holds nothing the results page does not show to every member. */
  @Get(':id/summary.md')
  @Header('Content-Type', 'text/markdown; charset=utf-8')
  async markdown(@Param(new ZodPipe(idParamsSchema)) params: { id: string }): Promise<StreamableFile> {
    return markdownDownload(await this.exports.markdown(params.id));
  }
}
