import type { ThrottlerOptions } from '@nestjs/throttler';
import type { Request } from 'express';

const MINUTE_MS = 60_000;

function emailOf(req: Request): string {
  const email: unknown = (req.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}

/**
 * Two limits on login and register: per account and address (stops guessing one password),
 * and a looser one per address, so thirty colleagues behind one office router can still log in.
 */
export function loginThrottlers(perAccountPerMinute: number): ThrottlerOptions[] {
  return [
    {
      name: 'per-account',
      ttl: MINUTE_MS,
      limit: perAccountPerMinute,
      getTracker: (req) => `${(req as Request).ip ?? ''}|${emailOf(req as Request)}`,
    },
    {
      name: 'per-address',
      ttl: MINUTE_MS,
      limit: perAccountPerMinute * 10,
      getTracker: (req) => (req as Request).ip ?? '',
    },
  ];
}
