import { NotFoundException } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { ErrorCode } from '@leernetwerk/shared';
import { ApiError } from './api-error';
import { toErrorBody } from './to-error-body';

describe(toErrorBody.name, () => {
  it('keeps the code, message and details of an ApiError', () => {
    const result = toErrorBody(new ApiError(ErrorCode.ValidationFailed, 'Bad', [{ path: 'email' }]));
    expect(result).toEqual({
      status: 400,
      body: { error: { code: 'VALIDATION_FAILED', message: 'Bad', details: [{ path: 'email' }] } },
    });
  });

  it('maps body-parser failures, rate limits and Nest exceptions to stable codes', () => {
    expect(toErrorBody({ type: 'entity.parse.failed', status: 400 }).body.error.code).toBe(ErrorCode.InvalidJson);
    expect(toErrorBody({ type: 'entity.too.large', status: 413 }).status).toBe(413);
    expect(toErrorBody({ type: 'encoding.unsupported', status: 415 })).toMatchObject({
      status: 415,
      body: { error: { code: ErrorCode.UnsupportedEncoding } },
    });
    expect(toErrorBody(new ThrottlerException()).body.error.code).toBe(ErrorCode.RateLimited);
    expect(toErrorBody(new NotFoundException()).body.error.code).toBe(ErrorCode.NotFound);
  });

  it('never leaks the text of an unexpected error', () => {
    const result = toErrorBody(new Error('connection string mongodb://secret@host'));
    expect(result.status).toBe(500);
    expect(JSON.stringify(result.body)).not.toContain('secret');
  });
});
