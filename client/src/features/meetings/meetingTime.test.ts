import { describe, expect, it } from '@jest/globals';
import { formatDueDate, isOverdue, isoToLocalInput, localDate, localInputToIso } from './meetingTime';

describe('localInputToIso', () => {
  it('keeps the moment the person typed, with this device offset', () => {
    const iso = localInputToIso('2025-03-04T14:30');
    expect(iso).toMatch(/^2025-03-04T14:30:00[+-]\d{2}:\d{2}$/);
    expect(new Date(iso ?? '').getTime()).toBe(new Date(2025, 2, 4, 14, 30).getTime());
  });

  it('refuses an empty, incomplete or impossible date', () => {
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('2025-03-04')).toBeNull();
    expect(localInputToIso('2025-02-30T10:00')).toBeNull();
  });

  it('round-trips through the input value', () => {
    const iso = localInputToIso('2025-11-20T09:05') ?? '';
    expect(isoToLocalInput(iso)).toBe('2025-11-20T09:05');
  });
});

describe('isoToLocalInput', () => {
  it('gives an empty value for something that is not a date', () => {
    expect(isoToLocalInput('not a date')).toBe('');
  });
});

describe('isOverdue', () => {
  const today = '2025-06-10';

  it('marks an open action with a due date before today', () => {
    expect(isOverdue({ status: 'open', dueDate: '2025-06-09' }, today)).toBe(true);
  });

  it('does not mark an action due today, without a date, or no longer open', () => {
    expect(isOverdue({ status: 'open', dueDate: today }, today)).toBe(false);
    expect(isOverdue({ status: 'open', dueDate: null }, today)).toBe(false);
    expect(isOverdue({ status: 'done', dueDate: '2025-01-01' }, today)).toBe(false);
    expect(isOverdue({ status: 'dropped', dueDate: '2025-01-01' }, today)).toBe(false);
  });
});

describe('localDate and formatDueDate', () => {
  it('reads a calendar day as that same day', () => {
    expect(localDate(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(formatDueDate('2025-01-05', 'en-GB')).toBe('5 Jan 2025');
  });
});
