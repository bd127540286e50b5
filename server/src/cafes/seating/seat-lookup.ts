import type { Seating } from './seating.types';

export interface Seat {
  table: number;
  isHost: boolean;
}

/** Where someone sits this round, or null when they are not seated. */
export function seatOf(seating: Seating, personId: string): Seat | null {
  const table = seating.tables.find((t) => t.members.includes(personId));
  return table ? { table: table.table, isHost: table.hostId === personId } : null;
}
