import { OPINION_GROUP_THRESHOLDS, votesNeededPerVoter } from './opinion-group-thresholds';

describe(votesNeededPerVoter.name, () => {
  it('asks for every statement when there are fewer than the usual number', () => {
    expect(votesNeededPerVoter(4)).toBe(4);
    expect(votesNeededPerVoter(3)).toBe(3);
  });

  it('asks for the usual number when there are more statements', () => {
    expect(votesNeededPerVoter(5)).toBe(OPINION_GROUP_THRESHOLDS.minVotesPerVoter);
    expect(votesNeededPerVoter(60)).toBe(5);
  });
});
