import type { VoteRecord, VoteValue } from './analysis.types';
import { seededRandom } from './seeded-random';

export interface PlantedConversation {
  votes: VoteRecord[];
  /** participantId → planted group index */
  plantedGroup: Map<string, number>;
  statementIds: string[];
}

export interface PlantOptions {
  groupSizes: number[];
  statementCount: number;
  /** Chance that a vote is replaced by a random other value. */
  noise: number;
  /** Chance that a vote is not cast at all. */
  missing: number;
  seed: number;
  /** statementIndex → the stance of each group; other statements get a random stance per group. */
  fixedStances?: Map<number, VoteValue[]>;
  /** Noise on the fixed statements, so a test can plant one clearer than the rest; default `noise`. */
  fixedNoise?: number;
}

const VALUES: VoteValue[] = ['agree', 'disagree', 'pass'];

/** Test factory: votes from groups that each hold their own stance per statement, plus noise. */
export function plantedConversation(options: PlantOptions): PlantedConversation {
  const random = seededRandom(options.seed);
  const statementIds = Array.from({ length: options.statementCount }, (_, s) => `s${String(s).padStart(2, '0')}`);
  const stances = options.groupSizes.map((_, group) =>
    statementIds.map((_, s): VoteValue => {
      const fixed = options.fixedStances?.get(s)?.[group];
      if (fixed) return fixed;
      return random() < 0.5 ? 'agree' : 'disagree';
    }),
  );
  const votes: VoteRecord[] = [];
  const plantedGroup = new Map<string, number>();
  let participant = 0;
  options.groupSizes.forEach((size, group) => {
    for (let member = 0; member < size; member += 1) {
      const participantId = `p${String(participant).padStart(3, '0')}`;
      participant += 1;
      plantedGroup.set(participantId, group);
      statementIds.forEach((statementId, s) => {
        if (random() < options.missing) return;
        let value = stances[group]?.[s] ?? 'pass';
        const noise = options.fixedStances?.has(s) ? (options.fixedNoise ?? options.noise) : options.noise;
        if (random() < noise) {
          const others = VALUES.filter((v) => v !== value);
          value = others[Math.floor(random() * others.length)] ?? value;
        }
        votes.push({ participantId, statementId, value, phase: 'before' });
      });
    }
  });
  return { votes, plantedGroup, statementIds };
}
