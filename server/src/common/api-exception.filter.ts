import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { ErrorCode } from '@leernetwerk/shared';
import { ApiError } from './api-error';
import { toErrorBody } from './to-error-body';

/** A 503 that is expected and said to the user (calls off, text only), not a fault to log. */
const isExpected = (exception: unknown): boolean =>
  exception instanceof ApiError && exception.code === ErrorCode.MediaUnavailable;

/** Global HTTP filter: every error leaves the API as `{ error: { code, message, details? } }`. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(ApiExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return;
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = toErrorBody(exception);
    if (status >= 500 && !isExpected(exception))
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    response.status(status).json(body);
  }
}
