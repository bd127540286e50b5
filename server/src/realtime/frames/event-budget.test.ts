import { EventBudget } from './event-budget';

describe(EventBudget.name, () => {
  it('allows a burst, then refuses until time refills it', () => {
    const budget = new EventBudget(3, 10, 0);
    expect([budget.take(0), budget.take(0), budget.take(0), budget.take(0)]).toEqual([true, true, true, false]);
    expect(budget.take(50)).toBe(false);
    expect(budget.take(100)).toBe(true);
  });

  it('never saves up more than the burst while idle', () => {
    const budget = new EventBudget(2, 100, 0);
    const taken = Array.from({ length: 5 }, () => budget.take(60_000)).filter(Boolean).length;
    expect(taken).toBe(2);
  });

  it('does not refill when the clock goes backwards', () => {
    const budget = new EventBudget(1, 1, 10_000);
    expect(budget.take(10_000)).toBe(true);
    expect(budget.take(0)).toBe(false);
  });
});
