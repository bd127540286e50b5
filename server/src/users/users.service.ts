import { Injectable } from '@nestjs/common';
import { ErrorCode, Role, type User } from '@leernetwerk/shared';
import { AccessEvents } from '../access-events/access-events';
import { ApiError } from '../common/api-error';
import { TechnologiesService } from '../technologies/technologies.service';
import { DuplicateEmailError, UsersRepository, type NewUser, type UserWithSecret } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    private readonly repository: UsersRepository,
    private readonly technologies: TechnologiesService,
    private readonly accessEvents: AccessEvents,
  ) {}

  async create(input: NewUser): Promise<User> {
    try {
      return await this.repository.create(input);
    } catch (error) {
      if (error instanceof DuplicateEmailError) {
        throw new ApiError(ErrorCode.EmailTaken, 'An account with this email address already exists');
      }
      throw error;
    }
  }

  findById(id: string): Promise<User | null> {
    return this.repository.findById(id);
  }

  /** The people with these ids who still exist, in no particular order. */
  findByIds(ids: string[]): Promise<User[]> {
    return this.repository.findByIds(ids.filter((id) => /^[0-9a-f]{24}$/.test(id)));
  }

  async get(id: string): Promise<User> {
    const user = await this.repository.findById(id);
    if (!user) throw ApiError.notFound('User');
    return user;
  }

  findByEmailWithSecret(email: string): Promise<UserWithSecret | null> {
    return this.repository.findByEmailWithSecret(email);
  }

  findPasswordHash(id: string): Promise<string | null> {
    return this.repository.findPasswordHash(id);
  }

  list(filter: { organisationId?: string }): Promise<User[]> {
    return this.repository.list(filter);
  }

  /**
   * Coordinators manage roles network-wide. Only an admin grants or removes admin, and nobody
   * changes their own roles, so a coordinator cannot lock themselves (or the network) out.
   */
  async assignRoles(actor: User, userId: string, roles: Role[]): Promise<User> {
    if (actor.id === userId) throw ApiError.forbidden('You cannot change your own roles');
    const target = await this.get(userId);
    const touchesAdmin = roles.includes(Role.Admin) !== target.roles.includes(Role.Admin);
    if (touchesAdmin && !actor.roles.includes(Role.Admin)) {
      throw ApiError.forbidden('Only an administrator can grant or remove the admin role');
    }
    const updated = await this.update(userId, { roles: [...new Set(roles)] });
    this.accessEvents.changed({ kind: 'user', userId, reason: 'role' });
    return updated;
  }

  /**
   * Blocks or unblocks an account: a blocked one cannot log in, and its open connections are
   * closed at once. The same rules as for roles: not your own, and an admin only by an admin.
   */
  async setDisabled(actor: User, userId: string, disabled: boolean): Promise<User> {
    if (actor.id === userId) throw ApiError.forbidden('You cannot block your own account');
    const target = await this.get(userId);
    if (target.roles.includes(Role.Admin) && !actor.roles.includes(Role.Admin)) {
      throw ApiError.forbidden('Only an administrator can block an administrator');
    }
    const updated = await this.update(userId, { disabledAt: disabled ? new Date() : null });
    this.accessEvents.changed({ kind: 'user', userId, reason: 'account' });
    return updated;
  }

  async assignAmbassadorships(userId: string, technologyIds: string[]): Promise<User> {
    const unique = [...new Set(technologyIds)];
    await this.technologies.requireAll(unique);
    const updated = await this.update(userId, { ambassadorOf: unique });
    this.accessEvents.changed({ kind: 'user', userId, reason: 'role' });
    return updated;
  }

  updateProfile(userId: string, changes: { name?: string; locale?: 'nl' | 'en' }): Promise<User> {
    return this.update(userId, changes);
  }

  async delete(userId: string): Promise<void> {
    await this.repository.delete(userId);
    this.accessEvents.changed({ kind: 'user', userId, reason: 'account' });
  }

  private async update(userId: string, changes: Parameters<UsersRepository['update']>[1]): Promise<User> {
    const updated = await this.repository.update(userId, changes);
    if (!updated) throw ApiError.notFound('User');
    return updated;
  }
}
