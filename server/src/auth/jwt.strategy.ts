import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { ErrorCode, type User } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import { APP_CONFIG } from '../config/app-config.token';
import type { ResolvedConfig } from '../config/resolved-config';
import { UsersService } from '../users/users.service';
import { jwtKeyOf } from './jwt-key';
import { parseClaims, TokensService } from './tokens.service';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: ResolvedConfig,
    private readonly users: UsersService,
    private readonly tokens: TokensService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt's types say string | Buffer; it hands the key to jsonwebtoken, which takes a KeyObject.
      secretOrKey: jwtKeyOf(config.jwtSecret) as unknown as Buffer,
      algorithms: ['HS256'],
    });
  }

  /**
   * Checks the claims' types, then loads the user and their session on every request, so role
   * changes, deletions and logouts take effect at once.
   */
  async validate(payload: unknown): Promise<User> {
    const claims = parseClaims(payload);
    const [user] = await Promise.all([this.users.findById(claims.sub), this.tokens.requireLiveSession(claims.sid)]);
    if (!user) throw new ApiError(ErrorCode.Unauthenticated, 'This account no longer exists');
    if (user.disabled) throw new ApiError(ErrorCode.AccountDisabled, 'This account has been blocked');
    return user;
  }
}
