import { describe, expect, it } from '@jest/globals';
import type { Bottleneck } from '@leernetwerk/shared';
import { toSummary, withBroadcast, withUpdatedSummary } from './bottleneckCache';

function bottleneck(overrides: Partial<Bottleneck> = {}): Bottleneck {
  return {
    id: 'b1',
    title: 'Geen wifi op locatie',
    technologyId: 't1',
    technologyName: 'Beeldbellen',
    pillar: 'agreements',
    scope: 'structural',
    status: 'new',
    organisationsAffected: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    description: 'Cliënten kunnen niet beeldbellen.',
    source: { source: { kind: 'standalone' }, title: null },
    reporterName: 'Sanne',
    organisations: [],
    affectsMyOrganisation: false,
    following: false,
    mine: false,
    timeline: [],
    mergedInto: null,
    actions: [],
    revision: 0,
    editedAt: null,
    deletedAt: null,
    personalDataRemoved: null,
    ...overrides,
  };
}

describe('bottleneck cache', () => {
  it('takes the broadcast but keeps what only the viewer knows', () => {
    const cached = bottleneck({ affectsMyOrganisation: true, following: true, mine: true });
    const merged = withBroadcast(cached, bottleneck({ status: 'recognised' }));
    expect(merged).toMatchObject({ status: 'recognised', affectsMyOrganisation: true, following: true, mine: true });
    expect(withBroadcast(undefined, bottleneck())).toBeUndefined();
  });

  it('drops a bottleneck its reporter deleted from the list at once', () => {
    const list = [toSummary(bottleneck()), toSummary(bottleneck({ id: 'b2' }))];
    const gone = withUpdatedSummary(list, bottleneck({ title: '', deletedAt: '2026-02-01T00:00:00.000Z' }));
    expect(gone?.map((item) => item.id)).toEqual(['b2']);
  });

  it('updates a listed bottleneck in place when its place in the list stays the same', () => {
    const list = [toSummary(bottleneck()), toSummary(bottleneck({ id: 'b2' }))];
    const renamed = withUpdatedSummary(list, bottleneck({ title: 'Geen wifi', updatedAt: '2026-02-01T00:00:00.000Z' }));
    expect(renamed?.map((item) => item.title)).toEqual(['Geen wifi', 'Geen wifi op locatie']);
  });

  it('asks for a refetch when a bottleneck is new, merged away or changes rank or status', () => {
    const list = [toSummary(bottleneck())];
    expect(withUpdatedSummary(list, bottleneck({ id: 'b9' }))).toBeNull();
    expect(withUpdatedSummary(list, bottleneck({ mergedInto: 'b2' }))).toBeNull();
    expect(withUpdatedSummary(list, bottleneck({ organisationsAffected: 2 }))).toBeNull();
    expect(withUpdatedSummary(list, bottleneck({ status: 'raised' }))).toBeNull();
  });
});
