import { Injectable } from '@nestjs/common';
import type { Author } from '@leernetwerk/shared';
import { OrganisationsService } from '../organisations/organisations.service';
import { UsersService } from '../users/users.service';

interface Person {
  name: string;
  organisationName: string;
  ambassadorOf: string[];
}

const ERASED: Person = { name: 'Verwijderd account', organisationName: '', ambassadorOf: [] };

/** Who wrote what, as shown beside posts: name, organisation, and ambassador of the thread's technology. */
@Injectable()
export class AuthorDirectory {
  constructor(
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
  ) {}

  /**
   * Looks everyone up at once (one query for the people, one for the organisations, however many
   * authors); returns a function giving the author for a user and technology.
   */
  async resolve(userIds: readonly string[]): Promise<(userId: string, technologyId: string) => Author> {
    const [users, organisations] = await Promise.all([
      this.users.findByIds([...new Set(userIds)]),
      this.organisations.list(),
    ]);
    const organisationNames = new Map(organisations.map((o) => [o.id, o.name]));
    const people = new Map<string, Person>(
      users.map((user) => [
        user.id,
        {
          name: user.name,
          organisationName: organisationNames.get(user.organisationId) ?? '',
          ambassadorOf: user.ambassadorOf,
        },
      ]),
    );
    return (userId, technologyId) => {
      const person = people.get(userId) ?? ERASED;
      return {
        id: userId,
        name: person.name,
        organisationName: person.organisationName,
        ambassador: person.ambassadorOf.includes(technologyId),
      };
    };
  }
}
