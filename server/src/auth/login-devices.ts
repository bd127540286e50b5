import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG } from '../config/app-config.token';
import type { ResolvedConfig } from '../config/resolved-config';

const DEVICE_COOKIE = 'lst_device';
const DEVICE_COOKIE_MAX_AGE_MS = 180 * 86_400_000;

/**
 * Device cookies (OWASP): a successful login leaves a signed cookie naming the account, and later
 * login attempts that bring it are counted apart from everyone else's, so the owner's usual device is
 * not locked out by failures an attacker causes elsewhere.
 */
@Injectable()
export class LoginDevices {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: ResolvedConfig) {
    this.key = createHash('sha256').update(`login-device|${config.jwtSecret}`).digest();
  }

  /** A new proof that this device logged in to the account with `email`. */
  tokenFor(email: string): string {
    const id = randomBytes(16).toString('base64url');
    return `${id}.${this.mac(email, id)}`;
  }

  /** The device's id when `token` was given to it for `email`; null for anything else. */
  deviceOf(token: string | undefined, email: string): string | null {
    const [id, mac, ...rest] = token?.split('.') ?? [];
    if (!id || !mac || rest.length > 0) return null;
    const expected = Buffer.from(this.mac(email, id));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
  }

  private mac(email: string, id: string): string {
    return createHmac('sha256', this.key).update(`${email}|${id}`).digest('base64url');
  }
}

export function setDeviceCookie(res: Response, token: string, secure: boolean): void {
  res.cookie(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/api/auth',
    maxAge: DEVICE_COOKIE_MAX_AGE_MS,
  });
}

export function readDeviceCookie(req: Request): string | undefined {
  const value: unknown = (req.cookies as Record<string, unknown> | undefined)?.[DEVICE_COOKIE];
  return typeof value === 'string' ? value : undefined;
}
