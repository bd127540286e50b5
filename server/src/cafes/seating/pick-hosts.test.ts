import { pickHosts } from './pick-hosts';
import { people } from './seating.fixture';

describe(pickHosts.name, () => {
  const everyone = people(24, 4);
  const organisationOf = new Map(everyone.map((p) => [p.id, p.organisationId]));

  it('picks one host per table from as many organisations as possible', () => {
    const hosts = pickHosts(everyone, 6, 1).map((t) => t.hostId ?? '');
    expect(new Set(hosts).size).toBe(6);
    const perOrganisation = new Map<string, number>();
    hosts.forEach((id) =>
      perOrganisation.set(organisationOf.get(id) ?? '', (perOrganisation.get(organisationOf.get(id) ?? '') ?? 0) + 1),
    );
    expect([...perOrganisation.values()].sort()).toEqual([1, 1, 2, 2]);
  });

  it('is the same for the same seed', () => {
    expect(pickHosts(everyone, 6, 5)).toEqual(pickHosts(everyone, 6, 5));
    expect(pickHosts(everyone, 6, 5)).not.toEqual(pickHosts(everyone, 6, 6));
  });

  it('leaves the last tables without a host when there are fewer people than tables', () => {
    expect(pickHosts(people(2, 2), 4, 1).map((t) => t.hostId === null)).toEqual([false, false, true, true]);
  });
});
