import { Body, Controller, Delete, Get, HttpCode, Inject, Patch, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  deleteAccountRequestSchema,
  updateProfileRequestSchema,
  type AccountExport,
  type DeleteAccountRequest,
  type UpdateProfileRequest,
  type User,
} from '@leernetwerk/shared';
import { CurrentUser } from '../auth/current-user.decorator';
import { clearRefreshCookie } from '../auth/refresh-cookie';
import { ZodPipe } from '../common/zod-body.pipe';
import { APP_CONFIG } from '../config/app-config.token';
import type { ResolvedConfig } from '../config/resolved-config';
import { AccountService } from './account.service';

@Controller('me')
export class AccountController {
  constructor(
    private readonly service: AccountService,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  @Patch()
  update(
    @CurrentUser() user: User,
    @Body(new ZodPipe(updateProfileRequestSchema)) body: UpdateProfileRequest,
  ): Promise<User> {
    return this.service.updateProfile(user, body);
  }

  @Get('export')
  export(@CurrentUser() user: User): Promise<AccountExport> {
    return this.service.export(user);
  }

  @Delete()
  @HttpCode(204)
  async delete(
    @CurrentUser() user: User,
    @Body(new ZodPipe(deleteAccountRequestSchema)) body: DeleteAccountRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.service.delete(user, body.password);
    clearRefreshCookie(res, this.config.nodeEnv === 'production');
  }
}
