import { Injectable } from '@nestjs/common';
import { ErrorCode, type LoginRequest, type RegisterRequest, type User } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';
import { OrganisationsService } from '../organisations/organisations.service';
import { UsersService } from '../users/users.service';
import { FailedLoginLimiter } from './failed-login-limiter';
import { LoginDevices } from './login-devices';
import { PasswordHasher } from './password-hasher';
import { PasswordPolicy } from './password-policy';
import { TokensService, type IssuedTokens } from './tokens.service';

export interface Session {
  user: User;
  tokens: IssuedTokens;
  /** Proof for this device's later logins (see LoginDevices); only after a password was checked. */
  deviceToken?: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokensService,
    private readonly passwords: PasswordPolicy,
    private readonly failedLogins: FailedLoginLimiter,
    private readonly devices: LoginDevices,
  ) {}

  async register(input: RegisterRequest): Promise<Session> {
    const organisation = await this.organisations.findByInviteCode(input.inviteCode);
    if (!organisation) {
      throw new ApiError(ErrorCode.InvalidInviteCode, 'This invite code is not valid');
    }
    await this.passwords.requireStrong(input.password, { name: input.name, email: input.email });
    const user = await this.users.create({
      name: input.name,
      email: input.email,
      passwordHash: await this.hasher.hash(input.password),
      organisationId: organisation.id,
      roles: ['participant'],
      locale: input.locale ?? 'nl',
    });
    return this.startSession(user);
  }

  /**
   * Checks an email and password; the same error for an unknown email and a wrong password. While
   * the account refuses checks after too many failures, the password is not even looked at.
   */
  async validateCredentials(input: LoginRequest, deviceToken: string | undefined): Promise<User> {
    const device = this.devices.deviceOf(deviceToken, input.email);
    const user = await this.failedLogins.guard(input.email, device, async () => {
      const found = await this.users.findByEmailWithSecret(input.email);
      const valid = await this.hasher.verify(found?.passwordHash ?? null, input.password);
      return found && valid ? found.user : null;
    });
    if (!user) throw new ApiError(ErrorCode.InvalidCredentials, 'Email address or password is incorrect');
    // Told only after the right password, so blocking reveals nothing to someone guessing.
    if (user.disabled) throw new ApiError(ErrorCode.AccountDisabled, 'This account has been blocked');
    return user;
  }

  async startSession(user: User): Promise<Session> {
    return { user, tokens: await this.tokens.startSession(user.id), deviceToken: this.devices.tokenFor(user.email) };
  }

  /** A new token pair in the same session; a spent or unknown refresh token is refused. */
  async refresh(refreshToken: string | undefined): Promise<Session> {
    if (!refreshToken) throw new ApiError(ErrorCode.Unauthenticated, 'Please log in again');
    const { userId, tokens } = await this.tokens.rotate(refreshToken);
    const user = await this.users.findById(userId);
    if (!user) throw new ApiError(ErrorCode.Unauthenticated, 'Please log in again');
    if (user.disabled) throw new ApiError(ErrorCode.AccountDisabled, 'This account has been blocked');
    return { user, tokens };
  }

  logout(refreshToken: string | undefined, accessToken: string | undefined): Promise<void> {
    return this.tokens.logout(refreshToken, accessToken);
  }
}
