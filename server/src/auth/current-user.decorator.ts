import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { User } from '@leernetwerk/shared';

/** The authenticated user, as loaded by the JWT strategy. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): User => context.switchToHttp().getRequest<{ user: User }>().user,
);
