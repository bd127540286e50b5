import { ErrorCode, type Role, type User } from '@leernetwerk/shared';
import { AccessEvents, type AccessChange } from '../access-events/access-events';
import type { TechnologiesService } from '../technologies/technologies.service';
import type { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

function aUser(overrides: Partial<User> = {}): User {
  return {
    id: 'a'.repeat(24),
    name: 'Test',
    email: 'test@example.nl',
    organisationId: 'b'.repeat(24),
    roles: ['participant'],
    ambassadorOf: [],
    locale: 'nl',
    disabled: false,
    createdAt: new Date(0).toISOString(),
    ...overrides,
  };
}

function serviceWith(target: User): { service: UsersService; saved: Role[][]; announced: AccessChange[] } {
  const saved: Role[][] = [];
  const announced: AccessChange[] = [];
  const accessEvents = new AccessEvents();
  accessEvents.useRelay((change) => announced.push(change));
  const repository = {
    findById: (id: string) => Promise.resolve(id === target.id ? target : null),
    update: (_id: string, changes: { roles?: Role[]; disabledAt?: Date | null }) => {
      if (changes.roles) saved.push(changes.roles);
      const disabled = changes.disabledAt === undefined ? target.disabled : changes.disabledAt !== null;
      return Promise.resolve({ ...target, roles: changes.roles ?? target.roles, disabled });
    },
  } as unknown as UsersRepository;
  return { service: new UsersService(repository, {} as TechnologiesService, accessEvents), saved, announced };
}

describe(UsersService.name, () => {
  const coordinator = aUser({ id: 'c'.repeat(24), roles: ['coordinator'] });
  const admin = aUser({ id: 'd'.repeat(24), roles: ['admin'] });

  it('lets a coordinator make a participant facilitator, and announces it to open connections', async () => {
    const { service, saved, announced } = serviceWith(aUser());
    await service.assignRoles(coordinator, 'a'.repeat(24), ['participant', 'facilitator', 'facilitator']);
    expect(saved).toEqual([['participant', 'facilitator']]);
    expect(announced).toEqual([{ kind: 'user', userId: 'a'.repeat(24), reason: 'role' }]);
  });

  it('blocks an account and announces it, but never your own or an admin by a coordinator', async () => {
    const { service, announced } = serviceWith(aUser());
    await expect(service.setDisabled(coordinator, 'a'.repeat(24), true)).resolves.toMatchObject({ disabled: true });
    expect(announced).toEqual([{ kind: 'user', userId: 'a'.repeat(24), reason: 'account' }]);
    await expect(service.setDisabled(coordinator, coordinator.id, true)).rejects.toMatchObject({
      code: ErrorCode.Forbidden,
    });
    const adminTarget = serviceWith(aUser({ roles: ['admin'] }));
    await expect(adminTarget.service.setDisabled(coordinator, 'a'.repeat(24), true)).rejects.toMatchObject({
      code: ErrorCode.Forbidden,
    });
    await expect(adminTarget.service.setDisabled(admin, 'a'.repeat(24), true)).resolves.toMatchObject({
      disabled: true,
    });
  });

  it('lets only an admin grant or remove admin', async () => {
    const { service, saved } = serviceWith(aUser());
    await expect(service.assignRoles(coordinator, 'a'.repeat(24), ['admin'])).rejects.toMatchObject({
      code: ErrorCode.Forbidden,
    });
    const adminTarget = serviceWith(aUser({ roles: ['admin'] }));
    await expect(adminTarget.service.assignRoles(coordinator, 'a'.repeat(24), ['participant'])).rejects.toMatchObject({
      code: ErrorCode.Forbidden,
    });
    await service.assignRoles(admin, 'a'.repeat(24), ['admin']);
    expect(saved).toEqual([['admin']]);
  });

  it('refuses changing your own roles and unknown users', async () => {
    const { service } = serviceWith(coordinator);
    await expect(service.assignRoles(coordinator, coordinator.id, ['participant'])).rejects.toMatchObject({
      code: ErrorCode.Forbidden,
    });
    await expect(service.assignRoles(coordinator, 'e'.repeat(24), ['participant'])).rejects.toMatchObject({
      code: ErrorCode.NotFound,
    });
  });
});
