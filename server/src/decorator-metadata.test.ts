import 'reflect-metadata';
import path from 'node:path';
import { AuthService } from './auth/auth.service';
import { FailedLoginLimiter } from './auth/failed-login-limiter';
import { LoginDevices } from './auth/login-devices';
import { PasswordHasher } from './auth/password-hasher';
import { PasswordPolicy } from './auth/password-policy';
import { TokensService } from './auth/tokens.service';
import { OrganisationsService } from './organisations/organisations.service';
import { UsersService } from './users/users.service';

// Nest injects constructor parameters by the types TypeScript records as decorator metadata.
// Without emitDecoratorMetadata, services silently receive `undefined`.
describe('decorator metadata', () => {
  it('is emitted by the test compiler for injectable services', () => {
    expect(Reflect.getMetadata('design:paramtypes', AuthService)).toEqual([
      UsersService,
      OrganisationsService,
      PasswordHasher,
      TokensService,
      PasswordPolicy,
      FailedLoginLimiter,
      LoginDevices,
    ]);
  });

  it('is emitted by the production build (server/dist)', () => {
    const compiled = path.join(__dirname, '../dist/auth/auth.service.js');
    const { AuthService: CompiledAuthService } = jest.requireActual<{ AuthService: object }>(compiled);
    const types = Reflect.getMetadata('design:paramtypes', CompiledAuthService) as { name: string }[];
    expect(types.map((t) => t.name)).toEqual([
      'UsersService',
      'OrganisationsService',
      'PasswordHasher',
      'TokensService',
      'PasswordPolicy',
      'FailedLoginLimiter',
      'LoginDevices',
    ]);
  });
});
