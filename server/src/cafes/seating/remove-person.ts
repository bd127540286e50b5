import { seatOf } from './seat-lookup';
import type { Seating, SeatingChange, SeatedTable } from './seating.types';

/**
 * Someone left: they leave their table and nobody else moves, so tables may become uneven until
 * the next round — except that nobody is left talking alone: a single person left at a table
 * joins the smallest other table in use (a host too, as a guest there; their own table rests).
 * A host who leaves is not replaced: the table carries on without a host (`hostId: null`).
 * Promoting a traveller would keep them at this table for every later round, a change of role the
 * facilitator should make, not the algorithm.
 */
export function removePerson(seating: Seating, personId: string): SeatingChange {
  const seat = seatOf(seating, personId);
  if (!seat) return { ok: false, error: 'unknown-person' };
  const tables = seating.tables.map((t) =>
    t.table === seat.table
      ? { table: t.table, hostId: seat.isHost ? null : t.hostId, members: t.members.filter((id) => id !== personId) }
      : t,
  );
  return { ok: true, table: seat.table, seating: { ...seating, tables: joinLonePerson(tables, seat.table) } };
}

function joinLonePerson(tables: SeatedTable[], table: number): SeatedTable[] {
  const left = tables.find((t) => t.table === table);
  const alone = left?.members.length === 1 ? left.members[0] : undefined;
  const target = tables
    .filter((t) => t.table !== table && t.members.length > 0)
    .sort((a, b) => a.members.length - b.members.length || a.table - b.table)[0];
  if (alone === undefined || !target) return tables;
  return tables.map((t) => {
    if (t.table === table) return { table, hostId: null, members: [] };
    return t.table === target.table ? { ...t, members: [...t.members, alone] } : t;
  });
}
