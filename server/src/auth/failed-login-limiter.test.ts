import { ErrorCode } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import type { ResolvedConfig } from '../config/resolved-config';
import { FailedLoginLimiter, refusedUntil } from './failed-login-limiter';
import type { LoginAttempt, LoginAttemptsRepository } from './login-attempts.repository';

const MINUTE = 60_000;
const now = new Date('2026-03-02T10:00:00Z');

function failures(count: number, latestMsAgo = 0): LoginAttempt[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `f${i}`,
    device: null,
    at: new Date(now.getTime() - latestMsAgo - i * 1000),
    failed: true,
  }));
}

function inFlight(count: number): LoginAttempt[] {
  return Array.from({ length: count }, (_, i) => ({ id: `p${i}`, device: null, at: now, failed: false }));
}

describe(refusedUntil.name, () => {
  it('lets checks through below the limit', () => {
    expect(refusedUntil(failures(9), 10, MINUTE, now)).toBeNull();
  });

  it('refuses for the lockout after the limit, counted from the latest failure', () => {
    expect(refusedUntil(failures(10, 20_000), 10, MINUTE, now)).toEqual(new Date(now.getTime() + 40_000));
  });

  it('doubles the refusal for each failure beyond the limit, up to fifteen times', () => {
    expect(refusedUntil(failures(12), 10, MINUTE, now)).toEqual(new Date(now.getTime() + 4 * MINUTE));
    expect(refusedUntil(failures(30), 10, MINUTE, now)).toEqual(new Date(now.getTime() + 15 * MINUTE));
  });

  it('counts checks still running, so simultaneous attempts cannot all slip through', () => {
    expect(refusedUntil([...failures(7), ...inFlight(2)], 10, MINUTE, now)).toBeNull();
    expect(refusedUntil([...failures(7), ...inFlight(3)], 10, MINUTE, now)).not.toBeNull();
  });

  it('allows one check at a time once a refusal has passed', () => {
    expect(refusedUntil(failures(10, 2 * MINUTE), 10, MINUTE, now)).toBeNull();
    expect(refusedUntil([...failures(10, 2 * MINUTE), ...inFlight(1)], 10, MINUTE, now)).not.toBeNull();
  });
});

/** An in-memory stand-in for the attempts collection. */
function fakeAttempts(initial: LoginAttempt[] = []) {
  let attempts = [...initial];
  let next = 0;
  const repository: Pick<
    LoginAttemptsRepository,
    'insert' | 'listSince' | 'delete' | 'markFailed' | 'deleteForEmail' | 'deleteBefore'
  > = {
    insert: (input) => {
      const id = `a${(next += 1)}`;
      attempts.push({ id, device: input.device, at: input.at, failed: false });
      return Promise.resolve(id);
    },
    listSince: () => Promise.resolve([...attempts]),
    delete: (id) => {
      attempts = attempts.filter((a) => a.id !== id);
      return Promise.resolve();
    },
    markFailed: (id) => {
      attempts = attempts.map((a) => (a.id === id ? { ...a, failed: true } : a));
      return Promise.resolve();
    },
    deleteForEmail: () => {
      attempts = [];
      return Promise.resolve();
    },
    deleteBefore: () => Promise.resolve(),
  };
  return { repository: repository as LoginAttemptsRepository, all: () => attempts };
}

function limiterWith(repository: LoginAttemptsRepository): FailedLoginLimiter {
  const config = { loginFailuresPerAccount: 3, loginLockoutSeconds: 60 } as ResolvedConfig;
  return new FailedLoginLimiter(repository, config);
}

describe(FailedLoginLimiter.name, () => {
  it('does not run the password check while the account refuses checks', async () => {
    const { repository, all } = fakeAttempts(failures(3).map((f) => ({ ...f, at: new Date() })));
    const check = jest.fn(() => Promise.resolve('user'));
    const attempt = limiterWith(repository).guard('mila@demo.nl', null, check);
    await expect(attempt).rejects.toMatchObject({ code: ErrorCode.TooManyFailedLogins });
    await expect(attempt).rejects.toBeInstanceOf(ApiError);
    expect(check).not.toHaveBeenCalled();
    expect(all()).toHaveLength(3);
  });

  it('lets a device that logged in before through, counting only its own failures', async () => {
    const { repository } = fakeAttempts(failures(3).map((f) => ({ ...f, at: new Date() })));
    const check = jest.fn(() => Promise.resolve('user'));
    await expect(limiterWith(repository).guard('mila@demo.nl', 'device-1', check)).resolves.toBe('user');
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('keeps a failure and clears all of them after a success', async () => {
    const { repository, all } = fakeAttempts();
    const limiter = limiterWith(repository);
    await limiter.guard('mila@demo.nl', null, () => Promise.resolve(null));
    expect(all()).toEqual([expect.objectContaining({ failed: true })]);
    await limiter.guard('mila@demo.nl', null, () => Promise.resolve('user'));
    expect(all()).toEqual([]);
  });
});
