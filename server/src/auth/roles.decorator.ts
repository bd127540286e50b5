import { SetMetadata } from '@nestjs/common';
import type { Role } from '@leernetwerk/shared';

export const REQUIRED_ROLES = 'requiredRoles';

/** Restricts a route to users holding one of the roles; admins pass every role check. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_ROLES, roles);
