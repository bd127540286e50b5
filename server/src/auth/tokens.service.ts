import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { ErrorCode } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import { APP_CONFIG } from '../config/app-config.token';
import type { ResolvedConfig } from '../config/resolved-config';
import { RefreshTokensRepository, type RefreshSession } from './refresh-tokens.repository';

export interface AccessTokenPayload {
  sub: string;
}

export interface IssuedTokens {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const DAY_MS = 86_400_000;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    private readonly refreshTokens: RefreshTokensRepository,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
  ) {}

  async issue(userId: string): Promise<IssuedTokens> {
    const now = new Date();
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshExpiresAt = new Date(now.getTime() + this.config.refreshTokenTtlDays * DAY_MS);
    await this.refreshTokens.deleteExpired(now);
    await this.refreshTokens.create({
      tokenHash: hashToken(refreshToken),
      userId,
      createdAt: now,
      expiresAt: refreshExpiresAt,
    });
    const payload: AccessTokenPayload = { sub: userId };
    return {
      accessToken: await this.jwt.signAsync(payload, { expiresIn: this.config.accessTokenTtlSeconds }),
      expiresIn: this.config.accessTokenTtlSeconds,
      refreshToken,
      refreshExpiresAt,
    };
  }

  /** Spends a refresh token (rotation): returns its user, or null when unknown, used or expired. */
  async consumeRefreshToken(refreshToken: string): Promise<string | null> {
    const session = await this.refreshTokens.take(hashToken(refreshToken), new Date());
    return session?.userId ?? null;
  }

  revokeRefreshToken(refreshToken: string): Promise<void> {
    return this.refreshTokens.deleteByHash(hashToken(refreshToken));
  }

  listSessions(userId: string): Promise<RefreshSession[]> {
    return this.refreshTokens.listForUser(userId);
  }

  revokeAllFor(userId: string): Promise<void> {
    return this.refreshTokens.deleteForUser(userId);
  }

  /** Verifies an access token for the socket handshake, with the same codes as HTTP. */
  async verifyAccessToken(token: string): Promise<AccessTokenPayload> {
    try {
      const payload = await this.jwt.verifyAsync<AccessTokenPayload>(token);
      if (typeof payload.sub !== 'string') throw new Error('no subject');
      return payload;
    } catch (error) {
      if (error instanceof TokenExpiredError) {
        throw new ApiError(ErrorCode.TokenExpired, 'Your session has expired; log in again');
      }
      throw new ApiError(ErrorCode.InvalidToken, 'The access token is not valid');
    }
  }
}
