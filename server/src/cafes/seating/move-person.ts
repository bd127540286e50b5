import { seatOf } from './seat-lookup';
import type { Seating, SeatingChange } from './seating.types';

export interface MoveOptions {
  /** A host stays put unless the facilitator explicitly moves them; their old table loses its host. */
  allowHostMove?: boolean;
}

/**
 * The facilitator moves someone by hand. Nobody else moves. The mover joins as a traveller at the
 * end of the table; moving someone to the table they are at changes nothing. A host stays with
 * their table, unless they sit there alone.
 */
export function movePerson(
  seating: Seating,
  personId: string,
  toTable: number,
  options: MoveOptions = {},
): SeatingChange {
  const seat = seatOf(seating, personId);
  if (!seat) return { ok: false, error: 'unknown-person' };
  if (!seating.tables.some((t) => t.table === toTable)) return { ok: false, error: 'unknown-table' };
  if (seat.table === toTable) return { ok: true, seating, table: toTable };
  // A host alone at their table hosts nobody: moving them takes no conversation's memory away.
  const alone = seating.tables.find((t) => t.table === seat.table)?.members.length === 1;
  if (seat.isHost && !alone && !options.allowHostMove) return { ok: false, error: 'host-cannot-move' };
  return {
    ok: true,
    table: toTable,
    seating: {
      ...seating,
      tables: seating.tables.map((t) => {
        if (t.table === seat.table) {
          return {
            table: t.table,
            hostId: seat.isHost ? null : t.hostId,
            members: t.members.filter((id) => id !== personId),
          };
        }
        return t.table === toTable ? { ...t, members: [...t.members, personId] } : t;
      }),
    },
  };
}
