import type { z } from 'zod';
import { session } from '../auth/session';
import { isApiError } from './ApiError';
import { downloadFileName } from './downloadFileName';
import { readJson, sendHttp, type HttpMethod } from './http';

interface ApiRequest {
  method?: HttpMethod;
  body?: unknown;
  idempotencyKey?: string;
}

/** Sends an authenticated request; on TOKEN_EXPIRED it refreshes the token and retries once. */
async function authorised(path: string, request: ApiRequest): Promise<Response> {
  try {
    return await sendHttp(path, { ...request, token: session.getAccessToken() });
  } catch (error) {
    if (!isApiError(error)) throw error;
    if (error.code === 'TOKEN_EXPIRED' && (await session.refresh())) {
      return sendHttp(path, { ...request, token: session.getAccessToken() });
    }
    // Other 401s, like a wrong password when deleting the account, leave the session alone.
    if (error.code === 'UNAUTHENTICATED' || error.code === 'INVALID_TOKEN' || error.code === 'SESSION_ENDED') {
      session.expire();
    }
    if (error.code === 'ACCOUNT_DISABLED') session.block();
    throw error;
  }
}

/** A downloaded file and the name the server gave it (null if none). */
export interface DownloadedFile {
  blob: Blob;
  fileName: string | null;
}

/** The client for every non-auth endpoint. Answers are validated against the shared schemas. */
export const api = {
  async get<S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S>> {
    return readJson(await authorised(path, {}), schema);
  },
  async send<S extends z.ZodType>(
    method: Exclude<HttpMethod, 'GET'>,
    path: string,
    body: unknown,
    schema: S,
  ): Promise<z.infer<S>> {
    return readJson(await authorised(path, { method, body }), schema);
  },
  /** POST to a create endpoint with the submit attempt's key: a repeat of it creates nothing new. */
  async create<S extends z.ZodType>(
    path: string,
    body: unknown,
    schema: S,
    idempotencyKey: string,
  ): Promise<z.infer<S>> {
    return readJson(await authorised(path, { method: 'POST', body, idempotencyKey }), schema);
  },
  /** A create (or send-once) endpoint that answers 204 No Content. */
  async createWithoutAnswer(path: string, idempotencyKey: string, body?: unknown): Promise<void> {
    await authorised(path, { method: 'POST', body, idempotencyKey });
  },
  /**
   * For file downloads (CSV, Markdown, PDF) that need the access token, so a plain link cannot
   * fetch them; with the name the server gives the file.
   */
  async getFile(path: string): Promise<DownloadedFile> {
    const response = await authorised(path, {});
    return { blob: await response.blob(), fileName: downloadFileName(response.headers.get('Content-Disposition')) };
  },
  /** For endpoints that answer 204 No Content. */
  async sendWithoutAnswer(method: Exclude<HttpMethod, 'GET'>, path: string, body?: unknown): Promise<void> {
    await authorised(path, { method, body });
  },
};
