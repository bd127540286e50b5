// Plain arrays and objects only: a seating is stored in MongoDB and sent over Socket.IO as is.

export interface Person {
  id: string;
  organisationId: string;
}

/** A table as the facilitator set it up; `table` numbers run 0..n-1. */
export interface TableSpec {
  table: number;
  hostId: string | null;
}

export interface SeatedTable {
  table: number;
  hostId: string | null;
  /** Everyone at the table, the host (if any) first, late joiners last. */
  members: string[];
}

export interface Seating {
  round: number;
  tables: SeatedTable[];
}

export interface SeatRoundInput {
  /** Everyone present now, hosts included. */
  people: readonly Person[];
  tables: readonly TableSpec[];
  /** Earlier rounds' seatings, as they ended (late joiners and manual moves included). */
  history: readonly Seating[];
  round: number;
  seed: number;
  /** Restarts of the local search; the best is kept. */
  restarts?: number;
}

export type SeatingRefusal = 'unknown-person' | 'unknown-table' | 'no-table' | 'host-cannot-move' | 'already-seated';

export type SeatingChange = { ok: true; seating: Seating; table: number } | { ok: false; error: SeatingRefusal };

export interface SeatingQuality {
  rounds: number;
  /** Pairs at one table who already sat together in an earlier round, summed over rounds. */
  repeatedEncounters: number;
  /** Travellers back at a table they sat at before (hosts stay by design and are not counted). */
  revisits: number;
  /** Over every table with at least one person in every round. */
  minDistinctOrganisations: number;
  averageDistinctOrganisations: number;
  /** Tables of two or more people all from one organisation. */
  singleOrganisationTables: number;
  /** Largest difference between the sizes of two non-empty tables in one round. */
  tableSizeSpread: number;
  smallestTable: number;
  largestTable: number;
}
