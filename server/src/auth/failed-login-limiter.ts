import { Inject, Injectable } from '@nestjs/common';
import { ErrorCode } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import { APP_CONFIG } from '../config/app-config.token';
import type { ResolvedConfig } from '../config/resolved-config';
import { LoginAttemptsRepository, type LoginAttempt } from './login-attempts.repository';

/** Failures older than this no longer count. */
export const FAILURE_WINDOW_MS = 15 * 60_000;
/** The longest refusal, as a multiple of the first. */
const MAX_LOCKOUT_FACTOR = 15;
/** How long to wait for checks that are still running. */
const IN_FLIGHT_WAIT_MS = 1_000;

/**
 * Until when an account refuses another password check, given the other attempts of the window;
 * null when the check may go ahead. After `limit` failures: from the latest failure for `lockout`,
 * doubled for each failure beyond the limit, at most 15 times as long; then one check at a time.
 * Checks still running count against the limit, so simultaneous attempts cannot all slip through.
 */
export function refusedUntil(
  others: readonly LoginAttempt[],
  limit: number,
  lockoutMs: number,
  now: Date,
): Date | null {
  const failed = others.filter((attempt) => attempt.failed);
  const inFlight = others.length - failed.length;
  const waitForInFlight = new Date(now.getTime() + IN_FLIGHT_WAIT_MS);
  if (failed.length < limit) return inFlight < limit - failed.length ? null : waitForInFlight;
  const latest = Math.max(...failed.map((attempt) => attempt.at.getTime()));
  const factor = Math.min(2 ** (failed.length - limit), MAX_LOCKOUT_FACTOR);
  const until = new Date(latest + lockoutMs * factor);
  if (until > now) return until;
  return inFlight === 0 ? null : waitForInFlight;
}

/**
 * Limits wrong passwords per account across all addresses, in the database so every server process
 * sees the same count. Its refusal is short and capped, so an attacker cannot keep an owner out for
 * long; and a device that logged in to the account before counts only its own failures, so the owner
 * on their usual device is not held back by someone else's guessing at all.
 */
@Injectable()
export class FailedLoginLimiter {
  private readonly limit: number;
  private readonly lockoutMs: number;

  constructor(
    private readonly attempts: LoginAttemptsRepository,
    @Inject(APP_CONFIG) config: ResolvedConfig,
  ) {
    this.limit = config.loginFailuresPerAccount;
    this.lockoutMs = config.loginLockoutSeconds * 1000;
  }

  /**
   * Runs `check` (the password verification) unless the account is refusing checks; a null result
   * is a failure and counts, a user resets the count.
   */
  async guard<T>(email: string, device: string | null, check: () => Promise<T | null>): Promise<T | null> {
    const now = new Date();
    const own = await this.attempts.insert({ email, device, at: now });
    const others = (await this.attempts.listSince(email, new Date(now.getTime() - FAILURE_WINDOW_MS))).filter(
      (attempt) => attempt.id !== own,
    );
    const counted = device ? others.filter((attempt) => attempt.device === device) : others;
    const until = refusedUntil(counted, this.limit, this.lockoutMs, now);
    if (until) {
      await this.attempts.delete(own);
      throw refusal(until, now);
    }
    let result: T | null;
    try {
      result = await check();
    } catch (error) {
      await this.attempts.delete(own);
      throw error;
    }
    if (result === null) {
      await this.attempts.markFailed(own);
      await this.attempts.deleteBefore(new Date(now.getTime() - FAILURE_WINDOW_MS));
    } else {
      await this.attempts.deleteForEmail(email);
    }
    return result;
  }
}

function refusal(until: Date, now: Date): ApiError {
  const retryAfterSeconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new ApiError(
    ErrorCode.TooManyFailedLogins,
    `Too many wrong passwords for this account; try again in ${retryAfterSeconds} seconds`,
    { retryAfterSeconds },
  );
}
