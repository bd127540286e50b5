import { authResponseSchema, type AuthResponse, type LoginRequest, type RegisterRequest } from '@leernetwerk/shared';
import { readJson, sendHttp } from '../api/http';

/** The auth endpoints. They live outside the authenticated api client because that client depends on them. */
export const authApi = {
  async login(request: LoginRequest): Promise<AuthResponse> {
    return readJson(await sendHttp('/auth/login', { method: 'POST', body: request }), authResponseSchema);
  },
  async register(request: RegisterRequest): Promise<AuthResponse> {
    return readJson(await sendHttp('/auth/register', { method: 'POST', body: request }), authResponseSchema);
  },
  /** Uses the httpOnly refresh cookie; there is no body. */
  async refresh(): Promise<AuthResponse> {
    return readJson(await sendHttp('/auth/refresh', { method: 'POST' }), authResponseSchema);
  },
  async logout(token: string | null): Promise<void> {
    await sendHttp('/auth/logout', { method: 'POST', token });
  },
};
