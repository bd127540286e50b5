import { mediaRoomName } from '@leernetwerk/shared';

/** What a media room belongs to, read back from its name. */
export type RoomOwner = { kind: 'cafe'; cafeId: string; table: number | null } | { kind: 'meeting'; meetingId: string };

const CAFE_TABLE = /^cafe-([0-9a-f]{24})-table-(\d{1,2})$/;
const CAFE_PLENARY = /^cafe-([0-9a-f]{24})-plenary$/;
const MEETING = /^meeting-([0-9a-f]{24})$/;

export function ownerOfRoom(room: string): RoomOwner | null {
  const table = CAFE_TABLE.exec(room);
  if (table) return { kind: 'cafe', cafeId: table[1]!, table: Number(table[2]) };
  const plenary = CAFE_PLENARY.exec(room);
  if (plenary) return { kind: 'cafe', cafeId: plenary[1]!, table: null };
  const meeting = MEETING.exec(room);
  return meeting ? { kind: 'meeting', meetingId: meeting[1]! } : null;
}

/** Every room a café's calls can use: the plenary and one per table. */
export function cafeRooms(cafeId: string, tables: number): string[] {
  return [
    mediaRoomName.plenary(cafeId),
    ...Array.from({ length: tables }, (_, table) => mediaRoomName.table(cafeId, table)),
  ];
}
