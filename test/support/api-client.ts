import type { AuthResponse } from '@leernetwerk/shared';

export interface ApiResult<T = unknown> {
  status: number;
  body: T;
  setCookie: string[];
  headers: Headers;
}

/** A small fetch wrapper for tests: JSON in, JSON out, status and cookies kept. */
export async function api<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  options: {
    body?: unknown;
    rawBody?: string;
    token?: string;
    cookie?: string;
    headers?: Record<string, string>;
  } = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined || options.rawBody !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookie) headers.cookie = options.cookie;
  const response = await fetch(`${baseUrl}/api${path}`, {
    method,
    headers,
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : undefined) as T,
    setCookie: response.headers.getSetCookie(),
    headers: response.headers,
  };
}

export const DEMO_PASSWORD = 'demo-wachtwoord';

export async function login(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<AuthResponse> {
  const result = await api<AuthResponse>(baseUrl, 'POST', '/auth/login', { body: { email, password } });
  if (result.status !== 200) throw new Error(`login ${email} failed: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body;
}

/**
 * Looks up an organisation's invite code as the demo coordinator (logging in, unless a coordinator's
 * token is given: many logins in a row meet the login rate limit).
 */
export async function inviteCodeOf(
  baseUrl: string,
  organisationName: string,
  coordinatorToken?: string,
): Promise<string> {
  const accessToken = coordinatorToken ?? (await login(baseUrl, 'coordinator@demo.nl')).accessToken;
  const list = await api<{ id: string; name: string }[]>(baseUrl, 'GET', '/organisations', { token: accessToken });
  const organisation = list.body.find((o) => o.name === organisationName);
  if (!organisation) throw new Error(`no organisation ${organisationName}`);
  const code = await api<{ inviteCode: string }>(baseUrl, 'GET', `/organisations/${organisation.id}/invite-code`, {
    token: accessToken,
  });
  return code.body.inviteCode;
}
