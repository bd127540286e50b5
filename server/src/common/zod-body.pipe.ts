import type { PipeTransform } from '@nestjs/common';
import { ErrorCode, type ValidationDetails } from '@leernetwerk/shared';
import type { z } from 'zod';
import { ApiError } from './api-error';

/** Validates (and normalises) a request part against a shared zod schema. */
export class ZodPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  /** Public so the OpenAPI description can document the request part this pipe validates. */
  constructor(readonly schema: S) {}

  transform(value: unknown): z.output<S> {
    const result = this.schema.safeParse(value);
    if (result.success) return result.data;
    const details: ValidationDetails = result.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    }));
    throw new ApiError(ErrorCode.ValidationFailed, 'Some fields are missing or invalid', details);
  }
}
