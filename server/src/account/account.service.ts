import { Injectable } from '@nestjs/common';
import { ErrorCode, type AccountExport, type User } from '@leernetwerk/shared';
import { PasswordHasher } from '../auth/password-hasher';
import { TokensService } from '../auth/tokens.service';
import { ApiError } from '../common/api-error';
import { BottlenecksPersonalData } from '../bottlenecks/bottlenecks-personal-data';
import { IntervisionPersonalData } from '../intervision/intervision-personal-data';
import { MeetingsPersonalData } from '../meetings/meetings-personal-data';
import { Notifier } from '../notifications/notifier';
import { OrganisationsService } from '../organisations/organisations.service';
import { StatementsPersonalData } from '../statements/statements-personal-data';
import { UsersService } from '../users/users.service';

/** A user's own rights over their data (AVG/GDPR): see it, take it along, erase it. */
@Injectable()
export class AccountService {
  constructor(
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
    private readonly tokens: TokensService,
    private readonly hasher: PasswordHasher,
    private readonly statementDiscussions: StatementsPersonalData,
    private readonly intervision: IntervisionPersonalData,
    private readonly notifier: Notifier,
    private readonly bottlenecks: BottlenecksPersonalData,
    private readonly meetings: MeetingsPersonalData,
  ) {}

  updateProfile(user: User, changes: { name?: string; locale?: 'nl' | 'en' }): Promise<User> {
    return this.users.updateProfile(user.id, changes);
  }

  async export(user: User): Promise<AccountExport> {
    const organisation = await this.organisations.get(user.organisationId);
    const [sessions, statementDiscussions, intervision, bottlenecks, meetings] = await Promise.all([
      this.tokens.listSessions(user.id),
      this.statementDiscussions.exportFor(user.id),
      this.intervision.exportFor(user.id),
      this.bottlenecks.exportFor(user.id),
      this.meetings.exportFor(user.id),
    ]);
    return {
      exportedAt: new Date().toISOString(),
      user,
      organisation: { id: organisation.id, name: organisation.name },
      sessions: sessions.map((s) => ({ createdAt: s.createdAt.toISOString(), expiresAt: s.expiresAt.toISOString() })),
      statementDiscussions,
      intervision,
      bottlenecks,
      meetings,
    };
  }

  /** Asks for the password again, so an unattended logged-in screen cannot erase an account. */
  async delete(user: User, password: string): Promise<void> {
    const hash = await this.users.findPasswordHash(user.id);
    if (!(await this.hasher.verify(hash, password))) {
      throw new ApiError(ErrorCode.InvalidCredentials, 'The password is incorrect');
    }
    await this.tokens.revokeAllFor(user.id);
    await this.statementDiscussions.eraseFor(user.id);
    await this.intervision.eraseFor(user.id);
    await this.notifier.eraseFor(user.id);
    await this.bottlenecks.eraseFor(user.id);
    await this.meetings.eraseFor(user.id);
    await this.users.delete(user.id);
  }
}
