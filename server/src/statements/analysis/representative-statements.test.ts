import type { Tally } from './analysis.types';
import type { GroupStatementTally } from './group-tallies';
import { representativeStatements, twoProportionZ } from './representative-statements';
import { DEFAULT_THRESHOLDS } from './thresholds';

const tally = (agree: number, disagree: number, pass = 0): Tally => ({
  agree,
  disagree,
  pass,
  total: agree + disagree + pass,
});
const statement = (statementId: string, ...groups: Tally[]): GroupStatementTally => ({ statementId, groups });

describe(representativeStatements.name, () => {
  it('ranks statements by how much more firmly the group holds the view than the others', () => {
    const found = representativeStatements(
      [statement('mild', tally(7, 3), tally(3, 7)), statement('strong', tally(10, 0), tally(0, 10))],
      0,
      DEFAULT_THRESHOLDS,
    );
    expect(found.map((r) => r.statementId)).toEqual(['strong', 'mild']);
    expect(found[0]).toMatchObject({ direction: 'agree', groupAgreeRatio: 1, othersAgreeRatio: 0, groupVotes: 10 });
  });

  it('reports a statement the group rejects and the others accept as a disagree statement', () => {
    const found = representativeStatements([statement('s', tally(1, 9), tally(9, 1))], 0, DEFAULT_THRESHOLDS);
    expect(found[0]).toMatchObject({ statementId: 's', direction: 'disagree', groupDirectionRatio: 0.9 });
  });

  it('leaves out a view that only a minority of the group holds, however rare elsewhere', () => {
    const found = representativeStatements([statement('s', tally(8, 2, 10), tally(0, 0, 20))], 0, DEFAULT_THRESHOLDS);
    expect(found).toEqual([]);
  });

  it('leaves out statements the group voted on fewer than three times', () => {
    const found = representativeStatements([statement('s', tally(2, 0), tally(0, 10))], 0, DEFAULT_THRESHOLDS);
    expect(found).toEqual([]);
  });

  it('keeps at most five statements per group', () => {
    const many = Array.from({ length: 8 }, (_, i) => statement(`s${i}`, tally(10, 0), tally(0, 10)));
    expect(representativeStatements(many, 0, DEFAULT_THRESHOLDS)).toHaveLength(5);
  });
});

describe(twoProportionZ.name, () => {
  it('matches a textbook value', () => {
    // 30/50 against 20/50: pooled 0.5, standard error 0.1, difference 0.2.
    expect(twoProportionZ(30, 50, 20, 50)).toBeCloseTo(2);
  });
});
