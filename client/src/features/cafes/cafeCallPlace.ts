import type { Cafe } from '@leernetwerk/shared';
import { seatOf } from './cafeSeats';

/** Where a person's call is in the café now, as far as this screen knows (the server decides). */
export type CafeCallPlace =
  { kind: 'none' } | { kind: 'plenary' } | { kind: 'table'; table: number } | { kind: 'visit'; table: number };

/**
 * At their table while a round runs; in the plenary in the lobby, at the harvest, without a seat,
 * and while the facilitator has called everyone back to the plenary during a round.
 * A facilitator is in the plenary unless visiting a table. A closed café has no calls, and nor has
 * a person before the café has taken them in (entering is joining its live room).
 */
export function cafeCallPlace(cafe: Cafe, meId: string, facilitator: boolean, visit: number | null): CafeCallPlace {
  if (cafe.state !== 'lobby' && cafe.state !== 'running' && cafe.state !== 'harvest') return { kind: 'none' };
  const atTables = cafe.state === 'running' && !cafe.inPlenary;
  if (facilitator) return visit !== null && atTables ? { kind: 'visit', table: visit } : { kind: 'plenary' };
  if (!cafe.participants.some((person) => person.id === meId)) return { kind: 'none' };
  const seat = atTables ? seatOf(cafe, meId) : null;
  return seat ? { kind: 'table', table: seat.table } : { kind: 'plenary' };
}

/**
 * The ticket's cache key: one per room. A host who stays at the same table keeps the call across
 * rounds (the room is the table's); a traveller's new table is a new key, a new ticket and a new call.
 */
export function placeKey(place: CafeCallPlace): string {
  return place.kind === 'table' || place.kind === 'visit' ? `${place.kind}-${place.table}` : place.kind;
}
