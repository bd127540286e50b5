import { mediaRoomName, type User } from '@leernetwerk/shared';
import type { StoredCafe } from '../cafes/cafes.repository';
import type { StoredMeeting } from '../meetings/meetings.repository';
import { mayBeInCafeRoom, placeInCafe, placeInMeeting } from './media-places';
import { cafeRooms, ownerOfRoom } from './media-rooms';

const id = (n: number): string => n.toString(16).padStart(24, '0');
const CAFE = id(100);

function aUser(n: number, roles: User['roles'] = ['participant']): User {
  return {
    id: id(n),
    name: `Persoon ${n}`,
    email: `p${n}@example.nl`,
    organisationId: id(900),
    roles,
    ambassadorOf: [],
    locale: 'nl',
    disabled: false,
    createdAt: new Date(0).toISOString(),
  };
}

/** Two tables: 1 and 2 at table 0, 3 and 4 at table 1 this round. */
function aCafe(overrides: Partial<StoredCafe> = {}): StoredCafe {
  return {
    id: CAFE,
    title: 'Café',
    centralQuestion: '',
    conversationId: null,
    state: 'running',
    rounds: 3,
    minutesPerRound: 20,
    tableSize: 4,
    autoAdvance: false,
    tables: [
      { prompt: { kind: 'question', text: 'Een?' }, hostId: null },
      { prompt: { kind: 'question', text: 'Twee?' }, hostId: null },
    ],
    round: 1,
    timer: { status: 'idle' },
    seatings: [
      {
        round: 1,
        tables: [
          { table: 0, hostId: id(1), members: [id(1), id(2)] },
          { table: 1, hostId: id(3), members: [id(3), id(4)] },
        ],
      },
    ],
    participants: [1, 2, 3, 4, 5].map((n) => ({ id: id(n), name: `Persoon ${n}`, organisationId: id(900) })),
    lastBroadcast: null,
    harvest: { status: 'draft', feedback: [] },
    inPlenary: false,
    seed: 1,
    createdBy: id(50),
    revision: 0,
    startedAt: null,
    createdAt: new Date(0).toISOString(),
    ...overrides,
  };
}

describe(placeInCafe.name, () => {
  it('seats a participant in their own table’s call while a round runs, free to speak', () => {
    expect(placeInCafe(aUser(3), aCafe())).toEqual({
      room: mediaRoomName.table(CAFE, 1),
      kind: 'table',
      table: 1,
      canSpeak: true,
      visitor: false,
    });
  });

  it('puts everyone in the plenary in the lobby and at the harvest; participants listen until given the word', () => {
    for (const state of ['lobby', 'harvest'] as const) {
      expect(placeInCafe(aUser(3), aCafe({ state }))).toMatchObject({ kind: 'plenary', canSpeak: false });
      expect(placeInCafe(aUser(3), aCafe({ state }), { speakers: new Set([id(3)]) })).toMatchObject({ canSpeak: true });
      expect(placeInCafe(aUser(50, ['facilitator']), aCafe({ state }))).toMatchObject({
        kind: 'plenary',
        canSpeak: true,
      });
    }
  });

  it('calls everyone to the plenary when the facilitator asks, seats kept', () => {
    expect(placeInCafe(aUser(3), aCafe({ inPlenary: true }))).toMatchObject({ kind: 'plenary', canSpeak: false });
    expect(mayBeInCafeRoom(aUser(3), aCafe({ inPlenary: true }), mediaRoomName.table(CAFE, 1))).toBe(false);
    expect(placeInCafe(aUser(50, ['facilitator']), aCafe({ inPlenary: true }), { visit: 0 })).toBe('no-such-table');
  });

  it('sends a participant without a seat this round to the plenary', () => {
    expect(placeInCafe(aUser(5), aCafe())).toMatchObject({ kind: 'plenary', room: mediaRoomName.plenary(CAFE) });
  });

  it('lets a facilitator visit a table as a listening visitor, but not a table that does not exist', () => {
    expect(placeInCafe(aUser(50, ['facilitator']), aCafe(), { visit: 1 })).toEqual({
      room: mediaRoomName.table(CAFE, 1),
      kind: 'table',
      table: 1,
      canSpeak: false,
      visitor: true,
    });
    expect(placeInCafe(aUser(50, ['facilitator']), aCafe(), { visit: 2 })).toBe('no-such-table');
    // A participant asking to visit still gets only their own place.
    expect(placeInCafe(aUser(1), aCafe(), { visit: 1 })).toMatchObject({ table: 0 });
  });

  it('refuses people who did not enter the café, and cafés without calls', () => {
    expect(placeInCafe(aUser(60), aCafe())).toBe('not-in-cafe');
    expect(placeInCafe(aUser(1), aCafe({ state: 'closed' }))).toBe('cafe-not-open');
    expect(placeInCafe(aUser(1), aCafe({ state: 'draft' }))).toBe('cafe-not-open');
  });
});

describe(mayBeInCafeRoom.name, () => {
  it('allows a participant only their own table: after a move the old table is no longer theirs', () => {
    const cafe = aCafe();
    expect(mayBeInCafeRoom(aUser(2), cafe, mediaRoomName.table(CAFE, 0))).toBe(true);
    expect(mayBeInCafeRoom(aUser(2), cafe, mediaRoomName.table(CAFE, 1))).toBe(false);
    expect(mayBeInCafeRoom(aUser(2), cafe, mediaRoomName.plenary(CAFE))).toBe(false);
    const moved = aCafe({
      seatings: [
        {
          round: 1,
          tables: [
            { table: 0, hostId: id(1), members: [id(1)] },
            { table: 1, hostId: id(3), members: [id(3), id(4), id(2)] },
          ],
        },
      ],
    });
    expect(mayBeInCafeRoom(aUser(2), moved, mediaRoomName.table(CAFE, 0))).toBe(false);
    expect(mayBeInCafeRoom(aUser(2), moved, mediaRoomName.table(CAFE, 1))).toBe(true);
  });

  it('lets facilitators be in the plenary and at any table while a round runs', () => {
    const facilitator = aUser(50, ['facilitator']);
    for (const room of cafeRooms(CAFE, 2)) expect(mayBeInCafeRoom(facilitator, aCafe(), room)).toBe(true);
    expect(mayBeInCafeRoom(facilitator, aCafe({ state: 'harvest' }), mediaRoomName.table(CAFE, 0))).toBe(false);
    expect(mayBeInCafeRoom(facilitator, aCafe(), mediaRoomName.table(id(101), 0))).toBe(false);
  });
});

describe(placeInMeeting.name, () => {
  const meeting = (state: StoredMeeting['state'], attendees: string[] = []): StoredMeeting =>
    ({
      id: id(200),
      state,
      facilitatorId: id(50),
      attendees: attendees.map((userId) => ({ userId, checkedInAt: '', by: 'self' })),
    }) as unknown as StoredMeeting;

  it('is one call while the meeting is open: facilitators and attendees speak, others listen', () => {
    expect(placeInMeeting(aUser(50), meeting('open'))).toMatchObject({
      room: mediaRoomName.meeting(id(200)),
      canSpeak: true,
    });
    expect(placeInMeeting(aUser(1), meeting('open', [id(1)]))).toMatchObject({ canSpeak: true });
    expect(placeInMeeting(aUser(2), meeting('open', [id(1)]))).toMatchObject({ canSpeak: false });
    expect(placeInMeeting(aUser(1), meeting('closed', [id(1)]))).toBe('meeting-not-open');
  });
});

describe(ownerOfRoom.name, () => {
  it('reads back what a room belongs to, and nothing from names it did not make', () => {
    expect(ownerOfRoom(mediaRoomName.table(CAFE, 3))).toEqual({ kind: 'cafe', cafeId: CAFE, table: 3 });
    expect(ownerOfRoom(mediaRoomName.plenary(CAFE))).toEqual({ kind: 'cafe', cafeId: CAFE, table: null });
    expect(ownerOfRoom(mediaRoomName.meeting(id(7)))).toEqual({ kind: 'meeting', meetingId: id(7) });
    expect(ownerOfRoom('cafe-x-table-1')).toBeNull();
    expect(ownerOfRoom(`${mediaRoomName.plenary(CAFE)}-extra`)).toBeNull();
  });
});
