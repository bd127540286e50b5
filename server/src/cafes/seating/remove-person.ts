import { seatOf } from './seat-lookup';
import type { Seating, SeatingChange } from './seating.types';

/**
 * Someone left: they leave their table and nobody else moves, so tables may become uneven until
 * the next round. A host who leaves is not replaced: the table carries on without a host
 * (`hostId: null`). Promoting a traveller would keep them at this table for every later round,
 * a change of role the facilitator should make, not the algorithm.
 */
export function removePerson(seating: Seating, personId: string): SeatingChange {
  const seat = seatOf(seating, personId);
  if (!seat) return { ok: false, error: 'unknown-person' };
  return {
    ok: true,
    table: seat.table,
    seating: {
      ...seating,
      tables: seating.tables.map((t) =>
        t.table === seat.table
          ? {
              table: t.table,
              hostId: seat.isHost ? null : t.hostId,
              members: t.members.filter((id) => id !== personId),
            }
          : t,
      ),
    },
  };
}
