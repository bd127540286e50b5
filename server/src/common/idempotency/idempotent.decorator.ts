import { SetMetadata } from '@nestjs/common';

export const IDEMPOTENT = 'idempotent';

/**
 * Marks a create endpoint: a request with an `Idempotency-Key` header creates once, and a repeat with
 * the same key gets the first answer again (see IdempotencyInterceptor).
 */
export const Idempotent = (): MethodDecorator => SetMetadata(IDEMPOTENT, true);
