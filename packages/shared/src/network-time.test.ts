import {
  formatNetworkTime,
  isoToNetworkInput,
  networkDay,
  networkInputToIso,
  spreadsheetDateTime,
} from './network-time';

describe('network time (Europe/Amsterdam)', () => {
  // 23:30 UTC on 31 December is already New Year's Day in Amsterdam.
  const nearMidnight = '2025-12-31T23:30:00Z';

  it('shows a UTC time near midnight as the next day in Amsterdam', () => {
    expect(formatNetworkTime(nearMidnight, 'nl-NL', 'day')).toBe('1 januari 2026');
    expect(formatNetworkTime(nearMidnight, 'nl-NL', 'time')).toBe('00:30');
    expect(formatNetworkTime(nearMidnight, 'nl-NL', 'dayTimeFull')).toBe('donderdag 1 januari 2026 om 00:30');
    expect(networkDay(nearMidnight)).toBe('2026-01-01');
    expect(spreadsheetDateTime(nearMidnight)).toBe('01-01-2026 00:30');
  });

  it('uses summer time in summer', () => {
    expect(spreadsheetDateTime('2026-07-14T22:05:00Z')).toBe('15-07-2026 00:05');
  });

  it('keeps a bare calendar day on that day', () => {
    expect(formatNetworkTime('2026-03-03', 'nl-NL', 'day')).toBe('3 maart 2026');
    expect(formatNetworkTime('2026-03-03', 'en-GB', 'dayShort')).toBe('3 Mar 2026');
  });

  it('reads a datetime-local value on the Amsterdam clock, in winter and in summer', () => {
    expect(networkInputToIso('2026-01-01T00:30')).toBe('2026-01-01T00:30:00+01:00');
    expect(networkInputToIso('2026-07-15T00:05')).toBe('2026-07-15T00:05:00+02:00');
    expect(isoToNetworkInput(nearMidnight)).toBe('2026-01-01T00:30');
  });

  it('moves a time skipped by the clock change to the real one, and refuses what is no date', () => {
    expect(networkInputToIso('2026-03-29T02:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(networkInputToIso('2026-02-30T10:00')).toBeNull();
    expect(networkInputToIso('2026-02-03')).toBeNull();
    expect(isoToNetworkInput('not a date')).toBe('');
  });
});
