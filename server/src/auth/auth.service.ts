import { Injectable } from '@nestjs/common';
import { ErrorCode, type LoginRequest, type RegisterRequest, type User } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import { OrganisationsService } from '../organisations/organisations.service';
import { UsersService } from '../users/users.service';
import { PasswordHasher } from './password-hasher';
import { TokensService, type IssuedTokens } from './tokens.service';

export interface Session {
  user: User;
  tokens: IssuedTokens;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokensService,
  ) {}

  async register(input: RegisterRequest): Promise<Session> {
    const organisation = await this.organisations.findByInviteCode(input.inviteCode);
    if (!organisation) {
      throw new ApiError(ErrorCode.InvalidInviteCode, 'This invite code is not valid');
    }
    const user = await this.users.create({
      name: input.name,
      email: input.email,
      passwordHash: await this.hasher.hash(input.password),
      organisationId: organisation.id,
      roles: ['participant'],
      locale: input.locale ?? 'nl',
    });
    return { user, tokens: await this.tokens.issue(user.id) };
  }

  /** Checks an email and password; the same error for an unknown email and a wrong password. */
  async validateCredentials(input: LoginRequest): Promise<User> {
    const found = await this.users.findByEmailWithSecret(input.email);
    const valid = await this.hasher.verify(found?.passwordHash ?? null, input.password);
    if (!found || !valid) {
      throw new ApiError(ErrorCode.InvalidCredentials, 'Email address or password is incorrect');
    }
    // Told only after the right password, so blocking reveals nothing to someone guessing.
    if (found.user.disabled) throw new ApiError(ErrorCode.AccountDisabled, 'This account has been blocked');
    return found.user;
  }

  async startSession(user: User): Promise<Session> {
    return { user, tokens: await this.tokens.issue(user.id) };
  }

  async refresh(refreshToken: string | undefined): Promise<Session> {
    const userId = refreshToken ? await this.tokens.consumeRefreshToken(refreshToken) : null;
    const user = userId ? await this.users.findById(userId) : null;
    if (!user) throw new ApiError(ErrorCode.Unauthenticated, 'Please log in again');
    if (user.disabled) throw new ApiError(ErrorCode.AccountDisabled, 'This account has been blocked');
    return this.startSession(user);
  }

  async logout(refreshToken: string | undefined): Promise<void> {
    if (refreshToken) await this.tokens.revokeRefreshToken(refreshToken);
  }
}
