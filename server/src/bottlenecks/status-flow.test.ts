import { checkTransition } from './status-flow';

describe(checkTransition.name, () => {
  it.each([
    ['new', 'recognised'],
    ['recognised', 'raised'],
    ['raised', 'in-progress'],
    ['in-progress', 'solved'],
    ['raised', 'solved'],
    ['new', 'declined'],
    ['in-progress', 'declined'],
  ] as const)('allows the ordinary step %s → %s without a reason', (from, to) => {
    expect(checkTransition(from, to, '')).toEqual({ ok: true, backwards: false });
  });

  it.each([
    ['new', 'raised'],
    ['new', 'solved'],
    ['recognised', 'in-progress'],
  ] as const)('refuses to skip a step: %s → %s', (from, to) => {
    expect(checkTransition(from, to, 'omdat het kan')).toEqual({ ok: false, refusal: 'skips-a-step' });
  });

  it.each([
    ['raised', 'recognised'],
    ['in-progress', 'new'],
    ['solved', 'in-progress'],
    ['declined', 'recognised'],
  ] as const)('allows going back %s → %s only with a reason', (from, to) => {
    expect(checkTransition(from, to, '  ')).toEqual({ ok: false, refusal: 'reason-required' });
    expect(checkTransition(from, to, 'De gemeente trok haar toezegging in')).toEqual({ ok: true, backwards: true });
  });

  it('refuses a change to the same status', () => {
    expect(checkTransition('raised', 'raised', 'nogmaals')).toEqual({ ok: false, refusal: 'same-status' });
  });
});
