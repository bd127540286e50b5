import { storedBottleneck } from '../bottlenecks/stored-bottleneck.factory';
import { backdatedHistory } from './demo-history';

const NOW = '2026-11-24T12:00:00.000Z';

describe(backdatedHistory.name, () => {
  const bottleneck = storedBottleneck({
    affected: [
      { organisationId: 'compass', userId: 'u', note: '', reported: true, at: NOW },
      { organisationId: 'mee', userId: 'm', note: '', reported: false, at: NOW },
    ],
    timeline: [
      { kind: 'reported', at: NOW, actorId: 'u', mergedFrom: null },
      { kind: 'supported', at: NOW, organisationId: 'mee', mergedFrom: null },
      {
        kind: 'status',
        at: NOW,
        actorId: 'f',
        from: 'new',
        to: 'recognised',
        explanation: 'Herkend',
        mergedFrom: null,
      },
    ],
  });

  it('spreads the timeline over the days after the report, in order, and dates each organisation with it', () => {
    const history = backdatedHistory(bottleneck, new Date('2026-11-03T12:30:00.000Z'), new Date(NOW));
    expect(history.timeline.map((e) => e.at)).toEqual([
      '2026-11-03T12:30:00.000Z',
      '2026-11-04T13:30:00.000Z',
      '2026-11-05T14:30:00.000Z',
    ]);
    expect(history.createdAt).toBe('2026-11-03T12:30:00.000Z');
    expect(history.updatedAt).toBe('2026-11-05T14:30:00.000Z');
    expect(history.affected.map((a) => a.at)).toEqual(['2026-11-03T12:30:00.000Z', '2026-11-04T13:30:00.000Z']);
    expect(history.timeline.map((e) => e.kind)).toEqual(['reported', 'supported', 'status']);
  });

  it('never dates anything after now', () => {
    const history = backdatedHistory(bottleneck, new Date('2026-11-23T12:00:00.000Z'), new Date(NOW));
    expect(history.timeline.every((e) => e.at <= NOW)).toBe(true);
  });
});
