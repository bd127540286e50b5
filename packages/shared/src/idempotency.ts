import { z } from 'zod';

/**
 * The header a client sends with a create request: one key per submit attempt (a UUID), the same
 * for its retries. The server creates once per user and key and answers a repeat as it did the first.
 */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** A client-made key: a UUID, or any 8–64 letters, digits and dashes. */
export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9-]{8,64}$/, 'Use 8 to 64 letters, digits and dashes, such as a UUID');
