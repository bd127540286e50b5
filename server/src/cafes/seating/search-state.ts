import type { CostWeights } from './cost-weights';
import type { EncounterMemory } from './encounter-memory';

/**
 * One candidate seating during the search, by index: people 0..n-1, organisations 0..m-1, active
 * tables 0..k-1. Keeps per-table organisation counts so a swap or move is priced in O(table size)
 * without rebuilding anything.
 */
export class SearchState {
  readonly members: number[][];
  readonly tableOf: Int32Array;
  private readonly organisationCounts: Int32Array;
  private readonly distinct: Int32Array;
  private readonly organisationCount: number;

  constructor(
    private readonly memory: EncounterMemory,
    private readonly organisationOf: Int32Array,
    /** Hosts sit at their own table every round by design; that is no revisit. */
    readonly isHost: Uint8Array,
    private readonly weights: CostWeights,
    tableCount: number,
  ) {
    this.organisationCount = organisationOf.reduce((max, o) => Math.max(max, o + 1), 0);
    this.members = Array.from({ length: tableCount }, () => []);
    this.tableOf = new Int32Array(organisationOf.length).fill(-1);
    this.organisationCounts = new Int32Array(tableCount * this.organisationCount);
    this.distinct = new Int32Array(tableCount);
  }

  /** The cost `place` would add; ignores single-organisation tables, which only exist once full. */
  placementCost(person: number, table: number): number {
    const { weights } = this;
    const newOrganisation = this.count(table, this.organisationOf[person] ?? 0) === 0;
    return (
      weights.repeat * this.repeatsWith(person, table, -1) -
      (newOrganisation ? weights.distinctOrganisation : 0) +
      weights.revisit * this.visited(person, table)
    );
  }

  place(person: number, table: number): void {
    this.members[table]?.push(person);
    this.tableOf[person] = table;
    this.adjustOrganisation(table, this.organisationOf[person] ?? 0, 1);
  }

  /**
   * Whether the traveller adds anything to their table's cost: someone met before, a table sat at
   * before, or a second person of their organisation at a table that could be more mixed. Every
   * improving swap involves at least one such traveller, so the search only starts from them.
   */
  hasConflict(person: number): boolean {
    const table = this.tableOf[person] ?? 0;
    if (this.repeatsWith(person, table, person) > 0 || this.visited(person, table) === 1) return true;
    const size = this.members[table]?.length ?? 0;
    const mixable = Math.min(size, this.organisationCount) > (this.distinct[table] ?? 0);
    return mixable && this.count(table, this.organisationOf[person] ?? 0) >= 2;
  }

  /** Cost change if travellers a and b traded tables. */
  swapDelta(a: number, b: number): number {
    const ta = this.tableOf[a] ?? 0;
    const tb = this.tableOf[b] ?? 0;
    const { weights } = this;
    const repeats =
      this.repeatsWith(b, ta, a) - this.repeatsWith(a, ta, a) + this.repeatsWith(a, tb, b) - this.repeatsWith(b, tb, b);
    const revisits = this.visited(a, tb) + this.visited(b, ta) - this.visited(a, ta) - this.visited(b, tb);
    const oa = this.organisationOf[a] ?? 0;
    const ob = this.organisationOf[b] ?? 0;
    const organisations = oa === ob ? 0 : this.exchangeCost(ta, oa, ob) + this.exchangeCost(tb, ob, oa);
    return weights.repeat * repeats + weights.revisit * revisits + organisations;
  }

  swap(a: number, b: number): void {
    const ta = this.tableOf[a] ?? 0;
    const tb = this.tableOf[b] ?? 0;
    this.remove(a);
    this.remove(b);
    this.place(a, tb);
    this.place(b, ta);
  }

  /** Cost change if traveller `person` moved to `table`. */
  moveDelta(person: number, table: number): number {
    const from = this.tableOf[person] ?? 0;
    const organisation = this.organisationOf[person] ?? 0;
    const before = this.tableCost(from) + this.tableCost(table);
    const { weights } = this;
    const repeats = this.repeatsWith(person, table, -1) - this.repeatsWith(person, from, person);
    const revisits = this.visited(person, table) - this.visited(person, from);
    this.adjustOrganisation(from, organisation, -1);
    this.adjustOrganisation(table, organisation, 1);
    const after =
      this.organisationCostAt(from, (this.members[from]?.length ?? 0) - 1) +
      this.organisationCostAt(table, (this.members[table]?.length ?? 0) + 1);
    this.adjustOrganisation(table, organisation, -1);
    this.adjustOrganisation(from, organisation, 1);
    return weights.repeat * repeats + weights.revisit * revisits + after - before;
  }

  move(person: number, table: number): void {
    this.remove(person);
    this.place(person, table);
  }

  totalCost(): number {
    let cost = 0;
    this.members.forEach((people, table) => {
      cost += this.tableCost(table);
      people.forEach((p, i) => {
        if (this.isHost[p] === 0) cost += this.weights.revisit * this.visited(p, table);
        // Each pair once: count only partners after p.
        for (let j = i + 1; j < people.length; j += 1) cost += this.weights.repeat * this.met(p, people[j] ?? 0);
      });
    });
    return cost;
  }

  private remove(person: number): void {
    const table = this.tableOf[person] ?? 0;
    const people = this.members[table] ?? [];
    people.splice(people.indexOf(person), 1);
    this.tableOf[person] = -1;
    this.adjustOrganisation(table, this.organisationOf[person] ?? 0, -1);
  }

  /** Organisation cost of a table, at its current size. */
  private tableCost(table: number): number {
    return this.organisationCostAt(table, this.members[table]?.length ?? 0);
  }

  private organisationCostAt(table: number, size: number): number {
    return this.organisationCost(size, this.distinct[table] ?? 0);
  }

  private organisationCost(size: number, distinct: number): number {
    const single = size >= 2 && distinct === 1 ? this.weights.singleOrganisation : 0;
    return single - distinct * this.weights.distinctOrganisation;
  }

  /** Organisation cost change at `table` when one person of `leaving` is replaced by one of `arriving`. */
  private exchangeCost(table: number, leaving: number, arriving: number): number {
    const size = this.members[table]?.length ?? 0;
    const distinct = this.distinct[table] ?? 0;
    const after = distinct - (this.count(table, leaving) === 1 ? 1 : 0) + (this.count(table, arriving) === 0 ? 1 : 0);
    return this.organisationCost(size, after) - this.organisationCost(size, distinct);
  }

  private adjustOrganisation(table: number, organisation: number, change: 1 | -1): void {
    const index = table * this.organisationCount + organisation;
    const count = (this.organisationCounts[index] ?? 0) + change;
    this.organisationCounts[index] = count;
    if (change === 1 && count === 1) this.distinct[table] = (this.distinct[table] ?? 0) + 1;
    if (change === -1 && count === 0) this.distinct[table] = (this.distinct[table] ?? 0) - 1;
  }

  private count(table: number, organisation: number): number {
    return this.organisationCounts[table * this.organisationCount + organisation] ?? 0;
  }

  /** How many people at `table`, other than `except`, `person` has met before. */
  private repeatsWith(person: number, table: number, except: number): number {
    let repeats = 0;
    for (const other of this.members[table] ?? []) if (other !== except) repeats += this.met(person, other);
    return repeats;
  }

  private met(a: number, b: number): number {
    return this.memory.met[a * this.memory.peopleCount + b] ?? 0;
  }

  private visited(person: number, table: number): number {
    return this.memory.visited[person * this.memory.tableCount + table] ?? 0;
  }
}
