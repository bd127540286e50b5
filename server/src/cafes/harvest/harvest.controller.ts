import { Body, Controller, Get, Header, HttpCode, Param, Post, type StreamableFile } from '@nestjs/common';
import {
  harvestFeedbackRequestSchema,
  idParamsSchema,
  Role,
  type Cafe,
  type HarvestFeedbackRequest,
  type User,
} from '@leernetwerk/shared';
import { CurrentUser } from '../../auth/current-user.decorator';
import { Roles } from '../../auth/roles.decorator';
import { markdownDownload, pdfDownload } from '../../common/download-name';
import { ZodPipe } from '../../common/zod-body.pipe';
import { CafeHarvest } from './cafe-harvest.service';
import { HarvestExport } from './harvest-export.service';
import { PersonalDataPipe } from '../../privacy/personal-data.pipe';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';

type IdParams = { id: string };
const idParams = new ZodPipe(idParamsSchema);

@Controller('cafes/:id/harvest')
export class HarvestController {
  constructor(
    private readonly harvest: CafeHarvest,
    private readonly exports: HarvestExport,
  ) {}

  @Post('review')
  @HttpCode(200)
  @Roles(Role.Facilitator)
  openReview(@Param(idParams) { id }: IdParams): Promise<Cafe> {
    return this.harvest.openReview(id);
  }

  @Post('feedback')
  @Idempotent()
  @HttpCode(200)
  feedback(
    @CurrentUser() user: User,
    @Param(idParams) { id }: IdParams,
    @Body(new ZodPipe(harvestFeedbackRequestSchema), new PersonalDataPipe('comment')) body: HarvestFeedbackRequest,
  ): Promise<Cafe> {
    return this.harvest.giveFeedback(user, id, body);
  }

  @Post('publish')
  @HttpCode(200)
  @Roles(Role.Facilitator)
  publish(@Param(idParams) { id }: IdParams): Promise<Cafe> {
    return this.harvest.publish(id);
  }

  @Get('export.md')
  @Header('Content-Type', 'text/markdown; charset=utf-8')
  async markdown(@CurrentUser() user: User, @Param(idParams) { id }: IdParams): Promise<StreamableFile> {
    return markdownDownload(await this.exports.markdown(user, id));
  }

  @Get('export.pdf')
  async pdf(@CurrentUser() user: User, @Param(idParams) { id }: IdParams): Promise<StreamableFile> {
    return pdfDownload(await this.exports.pdf(user, id));
  }
}
