import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { loginRequestSchema, type User } from '@leernetwerk/shared';
import { ZodPipe } from '../common/zod-body.pipe';
import { AuthService } from './auth.service';
import { readDeviceCookie } from './login-devices';

const validateLogin = new ZodPipe(loginRequestSchema);

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  /** The schema check stops query-shaped values (`{"$gt": ""}`) before they reach the database. */
  validate(req: Request, email: unknown, password: unknown): Promise<User> {
    return this.auth.validateCredentials(validateLogin.transform({ email, password }), readDeviceCookie(req));
  }
}
