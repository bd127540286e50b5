import { ErrorCode } from '@leernetwerk/shared';
import { ApiError } from './api-error';

const MAX_ATTEMPTS = 5;

/**
 * Read → change → store-if-unchanged, again while another process wrote in between (the store
 * answers null then). Relies on the database applying a filtered single-document update
 * atomically, as MongoDB does.
 */
export async function writeWithRevision<T>(
  what: string,
  read: () => Promise<T | null>,
  store: (current: T) => Promise<T | null>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const current = await read();
    if (!current) throw ApiError.notFound(what);
    const saved = await store(current);
    if (saved) return saved;
    if (attempt === MAX_ATTEMPTS) {
      throw new ApiError(ErrorCode.Conflict, `The ${what.toLowerCase()} kept changing while saving; please try again`);
    }
  }
}
