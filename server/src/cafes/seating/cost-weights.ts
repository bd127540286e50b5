/**
 * The objectives are strictly ranked — fewer repeated encounters, then no single-organisation
 * table, then more organisations per table, then fewer returns to a visited table — so each weight
 * exceeds the largest total the ranks below it can reach. One number then compares two seatings
 * and a swap's effect is a sum of small deltas.
 */
export interface CostWeights {
  repeat: number;
  singleOrganisation: number;
  /** Subtracted per distinct organisation at a table: more mix is cheaper. */
  distinctOrganisation: number;
  revisit: number;
}

export function costWeights(peopleCount: number): CostWeights {
  // Revisits, distinct organisations and single-organisation tables each total at most peopleCount.
  const step = peopleCount + 1;
  return { revisit: 1, distinctOrganisation: step, singleOrganisation: step ** 2, repeat: step ** 3 };
}
