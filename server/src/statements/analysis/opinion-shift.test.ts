import type { VoteRecord, VoteValue } from './analysis.types';
import { opinionShift } from './opinion-shift';

const before = (participantId: string, statementId: string, value: VoteValue): VoteRecord => ({
  participantId,
  statementId,
  value,
  phase: 'before',
});
const after = (participantId: string, statementId: string, value: VoteValue): VoteRecord => ({
  participantId,
  statementId,
  value,
  phase: 'after',
});

describe(opinionShift.name, () => {
  it('compares the before and after tallies of a statement', () => {
    const shift = opinionShift([
      before('a', 's1', 'disagree'),
      before('b', 's1', 'disagree'),
      before('c', 's1', 'agree'),
      before('d', 's1', 'pass'),
      after('a', 's1', 'agree'),
      after('b', 's1', 'disagree'),
      after('c', 's1', 'agree'),
    ]);
    expect(shift).toEqual([
      {
        statementId: 's1',
        before: { agree: 1, disagree: 2, pass: 1, total: 4 },
        after: { agree: 2, disagree: 1, pass: 0, total: 3 },
        agreeRatioChange: 2 / 3 - 1 / 4,
        changedVotes: 1,
      },
    ]);
  });

  it('counts a vote changed within a round once, as its latest value', () => {
    const shift = opinionShift([
      before('a', 's1', 'agree'),
      before('a', 's1', 'disagree'),
      after('a', 's1', 'pass'),
      after('a', 's1', 'agree'),
    ]);
    expect(shift[0]?.before).toEqual({ agree: 0, disagree: 1, pass: 0, total: 1 });
    expect(shift[0]?.after).toEqual({ agree: 1, disagree: 0, pass: 0, total: 1 });
    expect(shift[0]?.agreeRatioChange).toBe(1);
    expect(shift[0]?.changedVotes).toBe(1);
  });

  it('leaves out statements voted on in only one round', () => {
    const shift = opinionShift([before('a', 's1', 'agree'), after('a', 's2', 'agree'), before('b', 's3', 'pass')]);
    expect(shift).toEqual([]);
  });

  it('shows a fall in agreement as a negative change', () => {
    const shift = opinionShift([
      before('a', 's1', 'agree'),
      before('b', 's1', 'agree'),
      after('a', 's1', 'disagree'),
      after('b', 's1', 'agree'),
    ]);
    expect(shift[0]?.agreeRatioChange).toBeCloseTo(-0.5);
  });
});
