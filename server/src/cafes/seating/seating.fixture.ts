import { seatRound } from './seat-round';
import type { Person, Seating, TableSpec } from './seating.types';

/** Test factory: `count` people, p00, p01, …, their organisations dealt out in turn (o0, o1, …). */
export function people(count: number, organisations: number): Person[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `p${String(i).padStart(3, '0')}`,
    organisationId: `o${i % organisations}`,
  }));
}

/** Test factory: `count` tables, the first `hosts` hosted by the given people in order. */
export function tables(count: number, hosts: readonly Person[] = []): TableSpec[] {
  return Array.from({ length: count }, (_, table) => ({ table, hostId: hosts[table]?.id ?? null }));
}

/** Runs `rounds` rounds in a row, each seeing the ones before it. */
export function seatRounds(
  everyone: readonly Person[],
  specs: readonly TableSpec[],
  rounds: number,
  seed: number,
): Seating[] {
  const history: Seating[] = [];
  for (let round = 0; round < rounds; round += 1) {
    history.push(seatRound({ people: everyone, tables: specs, history, round, seed }));
  }
  return history;
}
