import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import { ErrorCode } from '@leernetwerk/shared';
import { AccessEvents } from '../access-events/access-events';
import { ApiError } from '../common/api-error';
import { APP_CONFIG } from '../config/app-config.token';
import type { ResolvedConfig } from '../config/resolved-config';
import { accessTokenClaimsSchema, type AccessTokenClaims, type AccessTokenPayload } from './access-token-claims';
import { LoginSessionsRepository, type LoginSession } from './login-sessions.repository';
import { RefreshTokensRepository } from './refresh-tokens.repository';

export interface IssuedTokens {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const DAY_MS = 86_400_000;

/**
 * A spent refresh token presented again within this time is refused without ending its session:
 * two tabs that restore the session at the same moment send the same cookie. Later, it is reuse.
 */
export const REUSE_GRACE_MS = 2_000;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function pleaseLogIn(): ApiError {
  return new ApiError(ErrorCode.Unauthenticated, 'Please log in again');
}

function sessionEnded(): ApiError {
  return new ApiError(ErrorCode.SessionEnded, 'This login session has ended; log in again');
}

/**
 * Login sessions and their tokens: a short-lived access token naming user and session, and a
 * refresh token that rotates on every use. Presenting a spent refresh token ends its whole session
 * (OAuth 2.0 refresh-token rotation with reuse detection): whoever holds a stolen copy, thief or
 * owner, shows up the moment the other uses it.
 */
@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    private readonly sessions: LoginSessionsRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    @Inject(APP_CONFIG) private readonly config: ResolvedConfig,
    private readonly accessEvents: AccessEvents,
  ) {}

  async startSession(userId: string): Promise<IssuedTokens> {
    const now = new Date();
    await Promise.all([this.sessions.deleteExpired(now), this.refreshTokens.deleteExpired(now)]);
    const expiresAt = this.refreshExpiry(now);
    const session = await this.sessions.create({ userId, createdAt: now, expiresAt });
    const refreshToken = randomBytes(32).toString('base64url');
    await this.refreshTokens.create({
      tokenHash: hashToken(refreshToken),
      userId,
      sessionId: session.id,
      createdAt: now,
      expiresAt,
    });
    return this.issue({ sub: userId, sid: session.id }, refreshToken, expiresAt);
  }

  /** Spends a refresh token for a new pair in the same session; returns the user's id with them. */
  async rotate(refreshToken: string): Promise<{ userId: string; tokens: IssuedTokens }> {
    const now = new Date();
    const token = await this.refreshTokens.findByHash(hashToken(refreshToken), now);
    if (!token) throw pleaseLogIn();
    if (token.rotatedAt) {
      if (now.getTime() - token.rotatedAt.getTime() < REUSE_GRACE_MS) throw pleaseLogIn();
      await this.endSession(token.sessionId);
      throw sessionEnded();
    }
    // Of simultaneous requests with one token, only the one whose delete succeeds goes on.
    if (!(await this.refreshTokens.claim(token.id))) throw pleaseLogIn();
    const session = await this.sessions.findLive(token.sessionId, now);
    if (!session) throw sessionEnded();
    const expiresAt = this.refreshExpiry(now);
    const successor = randomBytes(32).toString('base64url');
    await this.sessions.extend(session.id, expiresAt);
    await this.refreshTokens.recordRotation(
      {
        tokenHash: token.tokenHash,
        userId: token.userId,
        sessionId: session.id,
        createdAt: token.createdAt,
        expiresAt,
        rotatedAt: now,
      },
      { tokenHash: hashToken(successor), userId: token.userId, sessionId: session.id, createdAt: now, expiresAt },
    );
    return {
      userId: token.userId,
      tokens: await this.issue({ sub: token.userId, sid: session.id }, successor, expiresAt),
    };
  }

  /**
   * Ends the session of a refresh token (or, without one, of an access token): its refresh tokens
   * stop working and its access tokens open no more sockets or requests.
   */
  async logout(refreshToken: string | undefined, accessToken: string | undefined): Promise<void> {
    const token = refreshToken ? await this.refreshTokens.findByHash(hashToken(refreshToken), new Date()) : null;
    const sessionId = token?.sessionId ?? (accessToken ? await this.sessionOf(accessToken) : null);
    if (sessionId) await this.endSession(sessionId);
  }

  async endSession(sessionId: string): Promise<void> {
    // The session first: from then on its access tokens are refused, whatever happens to the rest.
    await this.sessions.delete(sessionId);
    this.accessEvents.changed({ kind: 'session', sessionId });
    await this.refreshTokens.deleteForSession(sessionId);
  }

  listSessions(userId: string): Promise<LoginSession[]> {
    return this.sessions.listForUser(userId);
  }

  async revokeAllFor(userId: string): Promise<void> {
    await this.sessions.deleteForUser(userId);
    await this.refreshTokens.deleteForUser(userId);
  }

  /** Verifies an access token's signature, expiry and claim types, with the same codes as HTTP. */
  async verifyAccessToken(token: string): Promise<AccessTokenClaims> {
    let payload: unknown;
    try {
      payload = await this.jwt.verifyAsync<object>(token);
    } catch (error) {
      if (error instanceof TokenExpiredError) {
        throw new ApiError(ErrorCode.TokenExpired, 'Your session has expired; log in again');
      }
      throw invalidToken();
    }
    return parseClaims(payload);
  }

  /** Refuses an access token whose login session has ended (logout, reuse) or expired. */
  async requireLiveSession(sessionId: string): Promise<void> {
    if (!(await this.sessions.findLive(sessionId, new Date()))) throw sessionEnded();
  }

  private async sessionOf(accessToken: string): Promise<string | null> {
    try {
      return (await this.verifyAccessToken(accessToken)).sid;
    } catch {
      return null;
    }
  }

  private refreshExpiry(now: Date): Date {
    return new Date(now.getTime() + this.config.refreshTokenTtlDays * DAY_MS);
  }

  private async issue(
    payload: AccessTokenPayload,
    refreshToken: string,
    refreshExpiresAt: Date,
  ): Promise<IssuedTokens> {
    return {
      accessToken: await this.jwt.signAsync(payload, { expiresIn: this.config.accessTokenTtlSeconds }),
      expiresIn: this.config.accessTokenTtlSeconds,
      refreshToken,
      refreshExpiresAt,
    };
  }
}

function invalidToken(): ApiError {
  return new ApiError(ErrorCode.InvalidToken, 'The access token is not valid');
}

/** Checks the claims of a token whose signature was verified. */
export function parseClaims(payload: unknown): AccessTokenClaims {
  const parsed = accessTokenClaimsSchema.safeParse(payload);
  if (!parsed.success) throw invalidToken();
  return parsed.data;
}
