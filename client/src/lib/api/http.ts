import { errorBodySchema, IDEMPOTENCY_KEY_HEADER } from '@leernetwerk/shared';
import type { z } from 'zod';
import { ApiError, NETWORK_ERROR } from './ApiError';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface HttpRequest {
  method?: HttpMethod;
  body?: unknown;
  token?: string | null;
  /** The create endpoints' `Idempotency-Key`: one per submit attempt. */
  idempotencyKey?: string;
}

/** One fetch to the API, no retries. Rejects with ApiError for network failures and error answers. */
export async function sendHttp(
  path: string,
  { method = 'GET', body, token, idempotencyKey }: HttpRequest,
): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  if (idempotencyKey) headers[IDEMPOTENCY_KEY_HEADER] = idempotencyKey;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(NETWORK_ERROR, 0, 'Network request failed');
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

async function toApiError(response: Response): Promise<ApiError> {
  const parsed = errorBodySchema.safeParse(await response.json().catch(() => null));
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(code, response.status, message, details);
  }
  // Without our error shape the answer came from a proxy: 502-504 mean the API itself is unreachable.
  const unreachable = response.status >= 502 && response.status <= 504;
  return new ApiError(unreachable ? NETWORK_ERROR : 'INTERNAL', response.status, `HTTP ${response.status}`);
}

/** Reads and validates a JSON answer against the shared contract. */
export async function readJson<S extends z.ZodType>(response: Response, schema: S): Promise<z.infer<S>> {
  const parsed = schema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new ApiError('INTERNAL', response.status, 'Answer does not match the contract');
  return parsed.data;
}
