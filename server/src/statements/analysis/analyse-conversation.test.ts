import { adjustedRandIndex } from './adjusted-rand-index';
import { analyseConversation } from './analyse-conversation';
import type { ConversationAnalysis, VoteRecord, VoteValue } from './analysis.types';
import { plantedConversation, type PlantedConversation } from './planted-votes.fixture';
import { seededRandom } from './seeded-random';

function agreementWithPlanted(analysis: ConversationAnalysis, planted: PlantedConversation): number {
  const found = analysis.projection.map((p) => p.groupId ?? -1);
  const truth = analysis.projection.map((p) => planted.plantedGroup.get(p.participantId) ?? -1);
  return adjustedRandIndex(found, truth);
}

function vote(participantId: string, statementId: string, value: VoteValue, phase: 'before' | 'after' = 'before') {
  return { participantId, statementId, value, phase } satisfies VoteRecord;
}

/** Everyone votes the same way on every statement; `stance` picks the value per participant. */
function everyoneVotes(participants: number, statements: number, stance: (p: number, s: number) => VoteValue) {
  const votes: VoteRecord[] = [];
  for (let p = 0; p < participants; p += 1) {
    for (let s = 0; s < statements; s += 1) votes.push(vote(`p${p}`, `s${s}`, stance(p, s)));
  }
  return votes;
}

describe(analyseConversation.name, () => {
  it.each([1, 2, 3])('recovers two planted opinion groups (seed %i)', (seed) => {
    const planted = plantedConversation({
      groupSizes: [30, 20],
      statementCount: 24,
      noise: 0.15,
      missing: 0.1,
      seed,
    });
    const analysis = analyseConversation(planted.votes);
    expect(analysis.groupsWithheldReason).toBeNull();
    expect(analysis.groups).toHaveLength(2);
    expect(agreementWithPlanted(analysis, planted)).toBeGreaterThanOrEqual(0.9);
  });

  it.each([4, 5, 6])('recovers three planted opinion groups (seed %i)', (seed) => {
    const planted = plantedConversation({
      groupSizes: [35, 30, 25],
      statementCount: 30,
      noise: 0.12,
      missing: 0.15,
      seed,
    });
    const analysis = analyseConversation(planted.votes);
    expect(analysis.groups).toHaveLength(3);
    expect(agreementWithPlanted(analysis, planted)).toBeGreaterThanOrEqual(0.9);
  });

  it('finds groups when there are more statements than participants', () => {
    const planted = plantedConversation({ groupSizes: [6, 6], statementCount: 30, noise: 0.1, missing: 0.1, seed: 7 });
    const analysis = analyseConversation(planted.votes);
    expect(agreementWithPlanted(analysis, planted)).toBeGreaterThanOrEqual(0.9);
  });

  it('gives the same result whatever order the votes arrive in', () => {
    const planted = plantedConversation({
      groupSizes: [20, 15, 12],
      statementCount: 20,
      noise: 0.1,
      missing: 0.1,
      seed: 8,
    });
    const random = seededRandom(99);
    const shuffled = planted.votes
      .map((v) => ({ v, key: random() }))
      .sort((a, b) => a.key - b.key)
      .map(({ v }) => v);
    expect(analyseConversation(shuffled)).toEqual(analyseConversation(planted.votes));
  });

  it('names a statement every group agrees with as common ground and one they split on cleanly as the most divisive', () => {
    const planted = plantedConversation({
      groupSizes: [25, 20, 15],
      statementCount: 24,
      noise: 0.15,
      missing: 0.1,
      seed: 11,
      fixedNoise: 0,
      fixedStances: new Map<number, VoteValue[]>([
        [3, ['agree', 'agree', 'agree']],
        [9, ['agree', 'disagree', 'disagree']],
      ]),
    });
    const analysis = analyseConversation(planted.votes);
    expect(analysis.commonGroundBasis).toBe('groups');
    expect(analysis.commonGround.map((s) => s.statementId)).toContain('s03');
    expect(analysis.commonGround.map((s) => s.statementId)).not.toContain('s09');
    for (const group of analysis.commonGround.find((s) => s.statementId === 's03')?.groups ?? []) {
      expect(group.agreeRatio).toBeGreaterThanOrEqual(0.6);
    }
    expect(analysis.divisive[0]?.statementId).toBe('s09');
    expect(analysis.divisive.map((s) => s.statementId)).not.toContain('s03');
  });

  it('lists statements on which a group stands apart as representative for it', () => {
    const planted = plantedConversation({
      groupSizes: [20, 20],
      statementCount: 12,
      noise: 0.05,
      missing: 0,
      seed: 12,
      fixedStances: new Map<number, VoteValue[]>([[0, ['disagree', 'agree']]]),
    });
    const analysis = analyseConversation(planted.votes);
    const groups = analysis.groups ?? [];
    const groupOfFirst = groups.find((g) => g.members.includes('p000'));
    const entry = groupOfFirst?.representative.find((r) => r.statementId === 's00');
    expect(entry?.direction).toBe('disagree');
    expect(entry?.groupDirectionRatio).toBeGreaterThan(0.8);
    expect(entry?.othersAgreeRatio).toBeGreaterThan(0.8);
    for (const group of groups) {
      expect(group.representative.length).toBeLessThanOrEqual(5);
      for (const r of group.representative) expect(r.zScore).toBeGreaterThanOrEqual(1.2816);
    }
  });

  it('withholds groups from five voters but still tallies every vote', () => {
    const votes = everyoneVotes(5, 6, (p, s) => (p < 3 ? 'agree' : s % 2 === 0 ? 'disagree' : 'pass'));
    const analysis = analyseConversation(votes);
    expect(analysis.groups).toBeNull();
    expect(analysis.groupsWithheldReason).toBe('too-few-voters');
    expect(analysis.projection).toEqual([]);
    expect(analysis.divisive).toEqual([]);
    expect(analysis.tallies).toEqual([
      { statementId: 's0', agree: 3, disagree: 2, pass: 0, total: 5 },
      { statementId: 's1', agree: 3, disagree: 0, pass: 2, total: 5 },
      { statementId: 's2', agree: 3, disagree: 2, pass: 0, total: 5 },
      { statementId: 's3', agree: 3, disagree: 0, pass: 2, total: 5 },
      { statementId: 's4', agree: 3, disagree: 2, pass: 0, total: 5 },
      { statementId: 's5', agree: 3, disagree: 0, pass: 2, total: 5 },
    ]);
  });

  it('withholds groups when enough people voted but too few of them on enough statements', () => {
    const planted = plantedConversation({ groupSizes: [10, 10], statementCount: 10, noise: 0, missing: 0, seed: 13 });
    const sparse = planted.votes.filter((v) => v.participantId < 'p006' || Number(v.statementId.slice(1)) < 4);
    const analysis = analyseConversation(sparse);
    expect(analysis.voterCount).toBe(20);
    expect(analysis.qualifiedVoterCount).toBe(6);
    expect(analysis.groupsWithheldReason).toBe('too-few-votes');
    expect(analysis.tallies.find((t) => t.statementId === 's00')?.total).toBe(20);
    expect(analysis.tallies.find((t) => t.statementId === 's09')?.total).toBe(6);
  });

  it('withholds groups when fewer than three statements were voted on', () => {
    const analysis = analyseConversation(everyoneVotes(12, 2, (p) => (p % 2 ? 'agree' : 'disagree')));
    expect(analysis.groupsWithheldReason).toBe('too-few-statements');
  });

  it('withholds groups when everyone voted alike, and reports common ground among all voters', () => {
    const analysis = analyseConversation(everyoneVotes(10, 5, () => 'agree'));
    expect(analysis.groupsWithheldReason).toBe('no-differences');
    expect(analysis.commonGroundBasis).toBe('all-voters');
    expect(analysis.commonGround.map((s) => s.statementId)).toEqual(['s0', 's1', 's2', 's3', 's4']);
    expect(analysis.projection).toHaveLength(10);
    expect(analysis.projection.every((p) => p.groupId === null)).toBe(true);
  });

  it('withholds groups when no split leaves every group with three members', () => {
    // Seven alike and one dissenter: any split isolates fewer than three people.
    const analysis = analyseConversation(everyoneVotes(8, 6, (p) => (p === 7 ? 'disagree' : 'agree')));
    expect(analysis.groupsWithheldReason).toBe('groups-too-small');
    expect(analysis.groups).toBeNull();
  });

  it('counts a changed vote once, the after vote replacing the before vote', () => {
    const votes = [
      vote('anna', 's1', 'agree', 'after'),
      vote('anna', 's1', 'disagree', 'before'),
      vote('bram', 's1', 'agree'),
      vote('bram', 's1', 'disagree'),
      vote('cato', 's1', 'pass'),
    ];
    const analysis = analyseConversation(votes);
    expect(analysis.tallies).toEqual([{ statementId: 's1', agree: 1, disagree: 1, pass: 1, total: 3 }]);
  });
});
