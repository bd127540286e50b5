import type { SocketErrorData } from '@leernetwerk/shared';

/**
 * Refusals that say this device's login no longer holds (expired, ended elsewhere, the account
 * blocked or gone). One refresh settles it: a new token reconnects, a refused one ends the session.
 */
const LOGIN_NO_LONGER_HOLDS: ReadonlySet<SocketErrorData['code']> = new Set([
  'TOKEN_EXPIRED',
  'SESSION_ENDED',
  'UNAUTHENTICATED',
  'INVALID_TOKEN',
  'ACCOUNT_DISABLED',
]);

export function loginNoLongerHolds(error: Error): boolean {
  const code = socketErrorCode(error);
  return code !== undefined && LOGIN_NO_LONGER_HOLDS.has(code);
}

/** The code the server put on a refused handshake (`connect_error`), if any. */
export function socketErrorCode(error: Error): SocketErrorData['code'] | undefined {
  const data: unknown = (error as Error & { data?: unknown }).data;
  if (typeof data !== 'object' || data === null || !('code' in data)) return undefined;
  return (data as SocketErrorData).code;
}
