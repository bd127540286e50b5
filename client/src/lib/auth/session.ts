import type { AuthResponse, LoginRequest, RegisterRequest, User } from '@leernetwerk/shared';
import { isApiError } from '../api/ApiError';
import { authApi } from './authApi';

export type SessionState =
  { status: 'loading' } | { status: 'guest'; reason?: EndReason } | { status: 'authenticated'; user: User };

type Listener = (state: SessionState) => void;

/** Refresh a little before the access token expires, so requests and socket reconnects rarely see a 401. */
const REFRESH_MARGIN_MS = 30_000;
const RETRY_AFTER_OUTAGE_MS = 15_000;

let state: SessionState = { status: 'loading' };
// Kept in memory only: a token in localStorage could be read by any injected script.
let accessToken: string | null = null;
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshInFlight: Promise<boolean> | null = null;
const listeners = new Set<Listener>();

function setState(next: SessionState): void {
  state = next;
  listeners.forEach((listener) => listener(state));
}

function scheduleRefresh(delayMs: number): void {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void session.refresh(), delayMs);
}

function accept(response: AuthResponse): User {
  accessToken = response.accessToken;
  scheduleRefresh(Math.max(response.expiresIn * 1000 - REFRESH_MARGIN_MS, 10_000));
  setState({ status: 'authenticated', user: response.user });
  return response.user;
}

/** Why the session ended; the login page says so when it matters (a deleted or blocked account). */
type EndReason = 'logged-out' | 'expired' | 'deleted' | 'blocked';

function end(reason: EndReason): void {
  accessToken = null;
  clearTimeout(refreshTimer);
  setState({ status: 'guest', reason });
}

/** The only way into the client's auth state: who is logged in and with which access token. */
export const session = {
  getState: (): SessionState => state,
  getAccessToken: (): string | null => accessToken,

  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },

  /** Restores a session from the refresh cookie when the app starts. */
  async restore(): Promise<void> {
    if (!(await session.refresh()) && state.status === 'loading') setState({ status: 'guest' });
  },

  async login(request: LoginRequest): Promise<User> {
    return accept(await authApi.login(request));
  },

  async register(request: RegisterRequest): Promise<User> {
    return accept(await authApi.register(request));
  },

  /** Gets a new access token; concurrent callers share one request. Ends the session when refused. */
  refresh(): Promise<boolean> {
    refreshInFlight ??= authApi
      .refresh()
      .then((response) => {
        accept(response);
        return true;
      })
      .catch((error: unknown) => {
        if (state.status !== 'authenticated') return false;
        // Only the server refusing the cookie ends the session; an outage must not log anyone out.
        if (isApiError(error) && (error.status === 401 || error.status === 403)) {
          end(error.code === 'ACCOUNT_DISABLED' ? 'blocked' : 'expired');
        } else scheduleRefresh(RETRY_AFTER_OUTAGE_MS);
        return false;
      })
      .finally(() => {
        refreshInFlight = null;
      });
    return refreshInFlight;
  },

  async logout(): Promise<void> {
    try {
      await authApi.logout(accessToken);
    } finally {
      // Even when the server cannot be reached, this device stops acting as the user.
      end('logged-out');
    }
  },

  /** After the account was deleted the server has already dropped the session. */
  forgetDeletedAccount(): void {
    end('deleted');
  },

  /** The server said the token is no longer valid for another reason than expiry. */
  expire(): void {
    if (state.status === 'authenticated') end('expired');
  },

  /** A coordinator blocked the account while it was in use. */
  block(): void {
    if (state.status === 'authenticated') end('blocked');
  },

  updateUser(user: User): void {
    if (state.status === 'authenticated') setState({ status: 'authenticated', user });
  },
};
