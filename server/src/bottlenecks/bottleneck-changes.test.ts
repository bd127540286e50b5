import type { StoredBottleneck } from './bottlenecks.repository';
import { merge, moveStatus, support, withdrawSupport } from './bottleneck-changes';
import { storedBottleneck } from './stored-bottleneck.factory';

const AT = '2026-11-01T10:00:00.000Z';

const bottleneck = (overrides: Partial<StoredBottleneck> = {}) =>
  storedBottleneck({
    reporterId: 'u-compass',
    affected: [{ organisationId: 'compass', userId: 'u-compass', note: '', reported: true, at: AT }],
    followerIds: ['u-compass'],
    timeline: [{ kind: 'reported', at: AT, actorId: 'u-compass', mergedFrom: null }],
    createdAt: AT,
    ...overrides,
  });

const errorCodeOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe('support', () => {
  it('adds an organisation once, with its note, and makes the supporter a follower', () => {
    const change = support(bottleneck(), { id: 'u-mee', organisationId: 'mee' }, 'Ook hier', AT);
    expect(change.affected?.map((a) => [a.organisationId, a.note, a.reported])).toEqual([
      ['compass', '', true],
      ['mee', 'Ook hier', false],
    ]);
    expect(change.followerIds).toEqual(['u-compass', 'u-mee']);
  });

  it('refuses a second "bij ons ook" from the same organisation, also from the reporting one', () => {
    const supported = bottleneck({
      affected: [
        ...bottleneck().affected,
        { organisationId: 'mee', userId: 'u-mee', note: '', reported: false, at: AT },
      ],
    });
    expect(errorCodeOf(() => support(supported, { id: 'u-mee-2', organisationId: 'mee' }, '', AT))).toBe(
      'ALREADY_SUPPORTED',
    );
    expect(errorCodeOf(() => support(supported, { id: 'u-compass-2', organisationId: 'compass' }, '', AT))).toBe(
      'ALREADY_SUPPORTED',
    );
  });

  it('lets a supporting organisation withdraw, but not the reporting one', () => {
    const supported = bottleneck({
      ...support(bottleneck(), { id: 'u-mee', organisationId: 'mee' }, '', AT),
    });
    const withdrawn = withdrawSupport(supported, { id: 'u-mee', organisationId: 'mee' });
    expect(withdrawn.affected?.map((a) => a.organisationId)).toEqual(['compass']);
    expect(withdrawn.followerIds).toEqual(['u-compass']);
    expect(errorCodeOf(() => withdrawSupport(supported, { id: 'u-compass', organisationId: 'compass' }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('moveStatus', () => {
  it('records the move and its explanation on the timeline', () => {
    const change = moveStatus(bottleneck(), { id: 'f', organisationId: 'sector' }, 'recognised', 'Herkend', AT);
    expect(change.status).toBe('recognised');
    expect(change.timeline?.at(-1)).toEqual({
      kind: 'status',
      at: AT,
      actorId: 'f',
      from: 'new',
      to: 'recognised',
      explanation: 'Herkend',
      mergedFrom: null,
    });
  });

  it('refuses a skipped step and any change to a merged duplicate', () => {
    const actor = { id: 'f', organisationId: 'sector' };
    expect(errorCodeOf(() => moveStatus(bottleneck(), actor, 'solved', 'Klaar', AT))).toBe('INVALID_TRANSITION');
    expect(errorCodeOf(() => moveStatus(bottleneck({ mergedInto: 'b2' }), actor, 'recognised', 'Ok', AT))).toBe(
      'CONFLICT',
    );
  });
});

describe('merge', () => {
  const later = '2026-11-02T10:00:00.000Z';
  const kept = bottleneck({
    affected: [
      { organisationId: 'compass', userId: 'u-compass', note: '', reported: true, at: AT },
      { organisationId: 'mee', userId: 'u-mee', note: 'ook', reported: false, at: AT },
    ],
    followerIds: ['u-compass', 'u-mee'],
  });
  const duplicate = bottleneck({
    id: 'b2',
    title: 'Licenties te duur',
    reporterId: 'u-mee-2',
    affected: [
      { organisationId: 'mee', userId: 'u-mee-2', note: '', reported: true, at: later },
      { organisationId: 'surplus', userId: 'u-surplus', note: 'hier ook', reported: false, at: later },
    ],
    followerIds: ['u-mee-2', 'u-surplus'],
    timeline: [
      { kind: 'reported', at: later, actorId: 'u-mee-2', mergedFrom: null },
      { kind: 'supported', at: later, organisationId: 'surplus', mergedFrom: null },
    ],
  });

  it('keeps every organisation once, a report winning over a "bij ons ook", and every follower', () => {
    const result = merge(duplicate, kept, { id: 'f', organisationId: 'sector' }, 'Zelfde', later);
    expect(result.kept.affected?.map((a) => [a.organisationId, a.reported])).toEqual([
      ['compass', true],
      ['mee', true],
      ['surplus', false],
    ]);
    expect(result.kept.followerIds).toEqual(['u-compass', 'u-mee', 'u-mee-2', 'u-surplus']);
    expect(result.duplicate.mergedInto).toBe('b1');
  });

  it('keeps both histories in time order, marking what came from the duplicate', () => {
    const result = merge(duplicate, kept, { id: 'f', organisationId: 'sector' }, 'Zelfde', later);
    expect(result.kept.timeline?.map((e) => [e.kind, e.mergedFrom])).toEqual([
      ['reported', null],
      ['reported', 'Licenties te duur'],
      ['supported', 'Licenties te duur'],
      ['merged', null],
    ]);
  });

  it('refuses merging something already merged', () => {
    const actor = { id: 'f', organisationId: 'sector' };
    expect(errorCodeOf(() => merge({ ...duplicate, mergedInto: 'b9' }, kept, actor, '', later))).toBe('CONFLICT');
  });
});
