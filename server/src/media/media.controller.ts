import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import {
  cafeMediaQuerySchema,
  idParamsSchema,
  plenarySpeakerRequestSchema,
  type CafeMediaQuery,
  type MediaJoin,
  type PlenarySpeakerRequest,
  type User,
} from '@leernetwerk/shared';
import { CurrentUser } from '../auth/current-user.decorator';
import { Public } from '../common/public.decorator';
import { ZodPipe } from '../common/zod-body.pipe';
import { MediaService } from './media.service';

type IdParams = { id: string };
const idParams = new ZodPipe(idParamsSchema);

/** Tickets into calls (the server decides which room), giving the word, and the media server's webhook. */
@Controller()
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @Get('cafes/:id/media')
  joinCafe(
    @CurrentUser() user: User,
    @Param(idParams) params: IdParams,
    @Query(new ZodPipe(cafeMediaQuerySchema)) query: CafeMediaQuery,
  ): Promise<MediaJoin> {
    return this.media.joinCafe(user, params.id, query.visit);
  }

  @Get('meetings/:id/media')
  joinMeeting(@CurrentUser() user: User, @Param(idParams) params: IdParams): Promise<MediaJoin> {
    return this.media.joinMeeting(user, params.id);
  }

  @Put('cafes/:id/plenary/speakers')
  @HttpCode(204)
  setSpeaker(
    @CurrentUser() user: User,
    @Param(idParams) params: IdParams,
    @Body(new ZodPipe(plenarySpeakerRequestSchema)) body: PlenarySpeakerRequest,
  ): Promise<void> {
    return this.media.setPlenarySpeaker(user, params.id, body.userId, body.canSpeak);
  }

  /** Signed by the media server with our API secret; the raw body is checked against that signature. */
  @Public()
  @Post('media/webhook')
  @HttpCode(204)
  webhook(@Req() req: Request): Promise<void> {
    const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    return this.media.webhook(body, req.get('authorization'));
  }
}
