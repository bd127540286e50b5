import { HttpException, HttpStatus } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { ErrorCode, type ErrorBody } from '@leernetwerk/shared';
import { ApiError, httpStatusOf } from './api-error';

interface BodyParserError {
  type: string;
  status?: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && typeof (error as BodyParserError).type === 'string';
}

const CODE_BY_HTTP_STATUS = new Map<number, ErrorCode>([
  [HttpStatus.UNAUTHORIZED, ErrorCode.Unauthenticated],
  [HttpStatus.FORBIDDEN, ErrorCode.Forbidden],
  [HttpStatus.NOT_FOUND, ErrorCode.NotFound],
  [HttpStatus.PAYLOAD_TOO_LARGE, ErrorCode.PayloadTooLarge],
  [HttpStatus.TOO_MANY_REQUESTS, ErrorCode.RateLimited],
]);

function codeForHttpStatus(status: number): ErrorCode {
  return CODE_BY_HTTP_STATUS.get(status) ?? (status >= 500 ? ErrorCode.Internal : ErrorCode.ValidationFailed);
}

/** Maps anything thrown while handling a request to a status and the API's one error shape. */
export function toErrorBody(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof ApiError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.details !== undefined) body.error.details = error.details;
    return { status: httpStatusOf(error.code), body };
  }
  if (error instanceof ThrottlerException) {
    return {
      status: 429,
      body: { error: { code: ErrorCode.RateLimited, message: 'Too many attempts; wait a minute and try again' } },
    };
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    return { status, body: { error: { code: codeForHttpStatus(status), message: error.message } } };
  }
  if (isBodyParserError(error)) {
    if (error.type === 'entity.too.large') {
      return {
        status: 413,
        body: { error: { code: ErrorCode.PayloadTooLarge, message: 'Request body is too large' } },
      };
    }
    if (error.type === 'encoding.unsupported') {
      return {
        status: 415,
        body: {
          error: { code: ErrorCode.UnsupportedEncoding, message: 'Content-Encoding must be gzip, deflate or br' },
        },
      };
    }
    if (error.type === 'entity.parse.failed') {
      return {
        status: 400,
        body: { error: { code: ErrorCode.InvalidJson, message: 'Request body is not valid JSON' } },
      };
    }
    const status = error.status ?? 400;
    return { status, body: { error: { code: codeForHttpStatus(status), message: 'Request body could not be read' } } };
  }
  return { status: 500, body: { error: { code: ErrorCode.Internal, message: 'Something went wrong on our side' } } };
}
