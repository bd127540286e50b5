import type { Cafe, CafeParticipant, CafeTable, SeatedTable } from '@leernetwerk/shared';

/** The seating of the round now running, if any. */
export function currentTables(cafe: Cafe): SeatedTable[] {
  return cafe.seatings.at(-1)?.tables ?? [];
}

/** Where a person sits this round, or null. */
export function seatOf(cafe: Cafe, userId: string): SeatedTable | null {
  return currentTables(cafe).find((table) => table.members.includes(userId)) ?? null;
}

export function participantOf(cafe: Cafe, userId: string): CafeParticipant | undefined {
  return cafe.participants.find((person) => person.id === userId);
}

export function tableOf(cafe: Cafe, table: number): CafeTable | undefined {
  return cafe.tables.find((t) => t.table === table);
}

/** Tables are numbered from 0 on the wire and from 1 on screen. */
export function tableNumber(table: number): number {
  return table + 1;
}

/** The people at a table, the host first, then by name. */
export function membersOf(cafe: Cafe, seated: SeatedTable): CafeParticipant[] {
  const people = seated.members.flatMap((id) => participantOf(cafe, id) ?? []);
  return people.sort(
    (a, b) => Number(b.id === seated.hostId) - Number(a.id === seated.hostId) || a.name.localeCompare(b.name),
  );
}
