import type {
  ConversationAnalysis,
  GroupsWithheldReason,
  OpinionGroup,
  ProjectedParticipant,
  VoteRecord,
} from './analysis.types';
import { commonGround } from './common-ground';
import { divisiveStatements } from './divisive-statements';
import { tallyByGroup } from './group-tallies';
import { compareIds, latestVotes, tallyVotes, type LatestVotes } from './latest-votes';
import { findOpinionGroups } from './opinion-groups';
import { opinionShift } from './opinion-shift';
import { projectParticipants } from './pca-projection';
import { representativeStatements } from './representative-statements';
import { DEFAULT_THRESHOLDS, type AnalysisThresholds } from './thresholds';
import { buildVoteMatrix } from './vote-matrix';

/**
 * Everything a statement discussion shows, from its votes alone: tallies, opinion groups with
 * their representative statements, common ground, divisive statements and the opinion shift.
 * Deterministic: the same votes give the same result, whatever order the participants come in.
 */
export function analyseConversation(
  votes: readonly VoteRecord[],
  thresholds: AnalysisThresholds = DEFAULT_THRESHOLDS,
): ConversationAnalysis {
  const latest = latestVotes(votes);
  const tallies = tallyVotes(latest);
  const statementIds = tallies.map((tally) => tally.statementId);
  const voters = [...latest.keys()].sort(compareIds);
  const minVotes = Math.min(thresholds.minVotesPerVoter, statementIds.length);
  const qualified = voters.filter((participantId) => (latest.get(participantId)?.size ?? 0) >= minVotes);

  const base = {
    tallies,
    voterCount: voters.length,
    qualifiedVoterCount: qualified.length,
    shift: opinionShift(votes),
  };
  const gate = gateReason(statementIds.length, voters.length, qualified.length, thresholds);
  if (gate) return { ...base, ...withoutGroups(latest, statementIds, voters, gate, [], thresholds) };

  const matrix = buildVoteMatrix(latest, qualified);
  const points = projectParticipants(matrix.rows);
  const outcome = findOpinionGroups(points, thresholds.maxGroups, thresholds.minGroupSize);
  const projection: ProjectedParticipant[] = matrix.participantIds.map((participantId, index) => ({
    participantId,
    x: points[index]?.[0] ?? 0,
    y: points[index]?.[1] ?? 0,
    groupId: outcome.kind === 'grouped' ? (outcome.labels[index] ?? null) : null,
  }));
  if (outcome.kind === 'withheld') {
    return { ...base, ...withoutGroups(latest, statementIds, voters, outcome.reason, projection, thresholds) };
  }

  const members = Array.from({ length: outcome.groupCount }, (_, groupId) =>
    matrix.participantIds.filter((_, index) => outcome.labels[index] === groupId),
  );
  const groupTallies = tallyByGroup(latest, statementIds, members);
  const groups: OpinionGroup[] = members.map((groupMembers, id) => ({
    id,
    members: groupMembers,
    representative: representativeStatements(groupTallies, id, thresholds),
  }));
  return {
    ...base,
    groups,
    groupsWithheldReason: null,
    projection,
    commonGroundBasis: 'groups',
    commonGround: commonGround(groupTallies, thresholds),
    divisive: divisiveStatements(groupTallies, thresholds),
  };
}

function gateReason(
  statementCount: number,
  voterCount: number,
  qualifiedCount: number,
  thresholds: AnalysisThresholds,
): GroupsWithheldReason | null {
  if (statementCount < thresholds.minStatements) return 'too-few-statements';
  if (voterCount < thresholds.minVoters) return 'too-few-voters';
  if (qualifiedCount < thresholds.minVoters) return 'too-few-votes';
  return null;
}

/**
 * Without groups a small room still wants to know what it broadly agrees on, so common ground
 * treats all voters as one group; "divisive" needs groups and stays empty.
 */
function withoutGroups(
  latest: LatestVotes,
  statementIds: readonly string[],
  voters: readonly string[],
  reason: GroupsWithheldReason,
  projection: ProjectedParticipant[],
  thresholds: AnalysisThresholds,
): Pick<
  ConversationAnalysis,
  'groups' | 'groupsWithheldReason' | 'projection' | 'commonGroundBasis' | 'commonGround' | 'divisive'
> {
  return {
    groups: null,
    groupsWithheldReason: reason,
    projection,
    commonGroundBasis: 'all-voters',
    commonGround: commonGround(tallyByGroup(latest, statementIds, [voters]), thresholds),
    divisive: [],
  };
}
