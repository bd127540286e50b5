import { Injectable, type ExecutionContext } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Response } from 'express';
import { ErrorCode } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';

function retryAfterSeconds(error: ApiError): number | undefined {
  const seconds: unknown = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' ? seconds : undefined;
}

@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override handleRequest<T>(error: unknown, user: T, _info: unknown, context: ExecutionContext): T {
    if (error instanceof ApiError && error.code === ErrorCode.TooManyFailedLogins) {
      const seconds = retryAfterSeconds(error);
      if (seconds) context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(seconds));
    }
    if (error instanceof Error) throw error;
    // passport-local fails without calling validate when a field is missing.
    if (!user) throw new ApiError(ErrorCode.ValidationFailed, 'Email address and password are required');
    return user;
  }
}
