import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { MongooseModule } from '@nestjs/mongoose';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG } from '../config/app-config.token';
import type { ResolvedConfig } from '../config/resolved-config';
import { OrganisationsModule } from '../organisations/organisations.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { FailedLoginLimiter } from './failed-login-limiter';
import { JwtAuthGuard } from './jwt-auth.guard';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { LoginAttemptRecord, LoginAttemptSchema } from './login-attempt.schema';
import { LoginAttemptsRepository } from './login-attempts.repository';
import { LoginDevices } from './login-devices';
import { LoginSessionRecord, LoginSessionSchema } from './login-session.schema';
import { LoginSessionsRepository } from './login-sessions.repository';
import { loginThrottlers } from './login-throttlers';
import { PasswordHasher } from './password-hasher';
import { PasswordPolicy } from './password-policy';
import { RefreshTokenRecord, RefreshTokenSchema } from './refresh-token.schema';
import { jwtKeyOf } from './jwt-key';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { RolesGuard } from './roles.guard';
import { TokensService } from './tokens.service';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: ResolvedConfig) => ({
        secret: jwtKeyOf(config.jwtSecret),
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: ResolvedConfig) => ({
        throttlers: loginThrottlers(config.loginRateLimitPerMinute),
        // With several processes the counts live in Redis, so the limit holds across all of them.
        storage: config.redisUrl ? new ThrottlerStorageRedisService(config.redisUrl) : undefined,
      }),
    }),
    MongooseModule.forFeature([
      { name: RefreshTokenRecord.name, schema: RefreshTokenSchema },
      { name: LoginSessionRecord.name, schema: LoginSessionSchema },
      { name: LoginAttemptRecord.name, schema: LoginAttemptSchema },
    ]),
    UsersModule,
    OrganisationsModule,
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    PasswordHasher,
    TokensService,
    RefreshTokensRepository,
    LoginSessionsRepository,
    LoginAttemptsRepository,
    FailedLoginLimiter,
    LoginDevices,
    PasswordPolicy,
    LocalStrategy,
    JwtStrategy,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [TokensService, PasswordHasher],
})
export class AuthModule {}
