import type { ReferenceObject, ResponseObject } from './openapi.types';
import type { JsonSchema } from './zod-json-schema';

/** The refusals an operation can name; each is the API's one error shape with its own description. */
const ERROR_RESPONSES = {
  ValidationFailed: 'VALIDATION_FAILED: `details` lists the invalid fields',
  Unauthenticated: 'UNAUTHENTICATED, TOKEN_EXPIRED or INVALID_TOKEN: no valid access token',
  Forbidden: 'FORBIDDEN: the user lacks the role',
  IdempotencyKeyReused:
    'IDEMPOTENCY_KEY_REUSED: this Idempotency-Key came with a different request before; nothing was done',
  Error: 'Any other refusal, with a stable code',
} as const;

export type ErrorResponseName = keyof typeof ERROR_RESPONSES;

export const errorResponse = (name: ErrorResponseName): ReferenceObject => ({
  $ref: `#/components/responses/${name}`,
});

/** `components.responses` of the document; `errorBody` is the schema (or reference) of the error shape. */
export function errorResponseComponents(errorBody: JsonSchema): Record<ErrorResponseName, ResponseObject> {
  const response = (description: string): ResponseObject => ({
    description,
    content: { 'application/json': { schema: errorBody } },
  });
  return {
    ValidationFailed: response(ERROR_RESPONSES.ValidationFailed),
    Unauthenticated: response(ERROR_RESPONSES.Unauthenticated),
    Forbidden: response(ERROR_RESPONSES.Forbidden),
    IdempotencyKeyReused: response(ERROR_RESPONSES.IdempotencyKeyReused),
    Error: response(ERROR_RESPONSES.Error),
  };
}
