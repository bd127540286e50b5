import { describe, expect, it } from '@jest/globals';
import type { Attendee, Meeting } from '@leernetwerk/shared';
import { mergeBroadcast } from './meetingCache';

const me = 'bbbbbbbbbbbbbbbbbbbbbbbb';

function attendee(userId: string): Attendee {
  return { userId, name: 'Sanne', organisationName: 'Welzijn Oost', checkedInAt: '2025-03-04T14:35:00Z', by: 'self' };
}

function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: '0123456789abcdef01234567',
    title: 'Lerend netwerk maart',
    startsAt: '2025-03-04T14:30:00+01:00',
    durationMinutes: 120,
    state: 'planned',
    facilitator: { id: 'aaaaaaaaaaaaaaaaaaaaaaaa', name: 'Fatima' },
    attendeeCount: 0,
    checkedIn: false,
    description: '',
    agenda: [],
    attendees: [],
    actions: [],
    minutesDocument: 'meeting:0123456789abcdef01234567:minutes',
    accreditation: null,
    canManage: false,
    ...overrides,
  };
}

describe('mergeBroadcast', () => {
  it('takes the new state from the broadcast and keeps the viewer’s right to manage', () => {
    const cached = meeting({ canManage: true });
    const merged = mergeBroadcast(cached, meeting({ state: 'open', attendeeCount: 3 }), me);
    expect(merged).toMatchObject({ state: 'open', attendeeCount: 3, canManage: true });
  });

  it('sees the viewer as checked in when the broadcast lists them, and not after they were removed', () => {
    const cached = meeting({ checkedIn: true });
    expect(mergeBroadcast(cached, meeting({ attendees: [attendee(me)] }), me).checkedIn).toBe(true);
    expect(mergeBroadcast(cached, meeting({ attendees: [attendee('cccccccccccccccccccccccc')] }), me).checkedIn).toBe(
      false,
    );
  });

  it('gives no right to manage when nothing was fetched yet', () => {
    expect(mergeBroadcast(undefined, meeting({ state: 'closed' }), me)).toMatchObject({
      state: 'closed',
      canManage: false,
    });
  });
});
