import { describe, expect, it } from '@jest/globals';
import { formatDueDate, formatStart, isOverdue, isoToLocalInput, localDate, localInputToIso } from './meetingTime';

describe('localInputToIso', () => {
  it('reads the time typed as Amsterdam time, whatever the device says', () => {
    expect(localInputToIso('2025-03-04T14:30')).toBe('2025-03-04T14:30:00+01:00');
    expect(localInputToIso('2025-06-04T14:30')).toBe('2025-06-04T14:30:00+02:00');
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

describe('formatStart', () => {
  it('shows a UTC time near midnight on the Amsterdam date', () => {
    expect(formatStart('2025-12-31T23:30:00Z', 'nl')).toBe('donderdag 1 januari 2026 om 00:30');
  });
});

describe('localDate and formatDueDate', () => {
  it('reads a calendar day as that same day', () => {
    expect(localDate(new Date('2025-01-05T22:59:00Z'))).toBe('2025-01-05');
    // 23:30 UTC is already the next day in Amsterdam.
    expect(localDate(new Date('2025-01-05T23:30:00Z'))).toBe('2025-01-06');
    expect(formatDueDate('2025-01-05', 'en-GB')).toBe('5 Jan 2025');
  });
});
