import type { ErrorCode } from '@leernetwerk/shared';

/** Not an API code: the request never got an answer (offline, server down). */
export const NETWORK_ERROR = 'NETWORK';

export type ClientErrorCode = ErrorCode | typeof NETWORK_ERROR;

/** One field problem as the API reports it in `details` of VALIDATION_FAILED. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** Every failed API call rejects with this, so the UI can map `code` to a translated message. */
export class ApiError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The field issues of a VALIDATION_FAILED answer; empty when there are none or they are malformed. */
  fieldIssues(): FieldIssue[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.flatMap((item: unknown) => {
      if (typeof item !== 'object' || item === null) return [];
      const { path, message } = item as Record<string, unknown>;
      const pathText = Array.isArray(path) ? path.join('.') : path;
      return typeof pathText === 'string' && typeof message === 'string' ? [{ path: pathText, message }] : [];
    });
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
