import { Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ErrorCode } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';

@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override handleRequest<T>(error: unknown, user: T): T {
    if (error instanceof Error) throw error;
    // passport-local fails without calling validate when a field is missing.
    if (!user) throw new ApiError(ErrorCode.ValidationFailed, 'Email address and password are required');
    return user;
  }
}
