import { ErrorCode, type Role, type User } from '@leernetwerk/shared';
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
    createdAt: new Date(0).toISOString(),
    ...overrides,
  };
}

function serviceWith(target: User): { service: UsersService; saved: Role[][] } {
  const saved: Role[][] = [];
  const repository = {
    findById: (id: string) => Promise.resolve(id === target.id ? target : null),
    update: (_id: string, changes: { roles?: Role[] }) => {
      if (changes.roles) saved.push(changes.roles);
      return Promise.resolve({ ...target, ...changes });
    },
  } as unknown as UsersRepository;
  return { service: new UsersService(repository, {} as TechnologiesService), saved };
}

describe(UsersService.name, () => {
  const coordinator = aUser({ id: 'c'.repeat(24), roles: ['coordinator'] });
  const admin = aUser({ id: 'd'.repeat(24), roles: ['admin'] });

  it('lets a coordinator make a participant facilitator', async () => {
    const { service, saved } = serviceWith(aUser());
    await service.assignRoles(coordinator, 'a'.repeat(24), ['participant', 'facilitator', 'facilitator']);
    expect(saved).toEqual([['participant', 'facilitator']]);
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
