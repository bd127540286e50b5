import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { registerRequestSchema, type AuthResponse, type RegisterRequest, type User } from '@leernetwerk/shared';
import { Public } from '../common/public.decorator';
import { ZodPipe } from '../common/zod-body.pipe';
import { APP_CONFIG } from '../config/app-config.token';
import type { ResolvedConfig } from '../config/resolved-config';
import { AuthService, type Session } from './auth.service';
import { CurrentUser } from './current-user.decorator';
import { LocalAuthGuard } from './local-auth.guard';
import { setDeviceCookie } from './login-devices';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie';

function bearerTokenOf(req: Request): string | undefined {
  const [scheme, token] = req.headers.authorization?.split(' ') ?? [];
  return scheme === 'Bearer' && token ? token : undefined;
}

@Controller('auth')
export class AuthController {
  private readonly secureCookies: boolean;

  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) config: ResolvedConfig,
  ) {
    this.secureCookies = config.nodeEnv === 'production';
  }

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('register')
  async register(
    @Body(new ZodPipe(registerRequestSchema)) body: RegisterRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AuthResponse> {
    return this.respond(res, await this.auth.register(body));
  }

  @Public()
  @UseGuards(ThrottlerGuard, LocalAuthGuard)
  @HttpCode(200)
  @Post('login')
  async login(@CurrentUser() user: User, @Res({ passthrough: true }) res: Response): Promise<AuthResponse> {
    return this.respond(res, await this.auth.startSession(user));
  }

  @Public()
  @HttpCode(200)
  @Post('refresh')
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AuthResponse> {
    return this.respond(res, await this.auth.refresh(readRefreshCookie(req)));
  }

  @Public()
  @HttpCode(204)
  @Post('logout')
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(readRefreshCookie(req), bearerTokenOf(req));
    clearRefreshCookie(res, this.secureCookies);
  }

  @Get('me')
  me(@CurrentUser() user: User): User {
    return user;
  }

  private respond(res: Response, session: Session): AuthResponse {
    setRefreshCookie(res, session.tokens.refreshToken, session.tokens.refreshExpiresAt, this.secureCookies);
    if (session.deviceToken) setDeviceCookie(res, session.deviceToken, this.secureCookies);
    return { user: session.user, accessToken: session.tokens.accessToken, expiresIn: session.tokens.expiresIn };
  }
}
