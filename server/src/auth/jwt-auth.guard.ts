import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { TokenExpiredError } from '@nestjs/jwt';
import { ErrorCode } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import { IS_PUBLIC } from '../common/public.decorator';

/** Global guard: every route needs a valid access token unless marked @Public(). */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    return isPublic ? true : super.canActivate(context);
  }

  override handleRequest<T>(error: unknown, user: T, info: unknown): T {
    if (error instanceof Error) throw error;
    if (user) return user;
    if (info instanceof TokenExpiredError) {
      throw new ApiError(ErrorCode.TokenExpired, 'Your session has expired; log in again');
    }
    if (info instanceof Error && info.message === 'No auth token') {
      throw new ApiError(ErrorCode.Unauthenticated, 'Please log in');
    }
    throw new ApiError(ErrorCode.InvalidToken, 'The access token is not valid');
  }
}
