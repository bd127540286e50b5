// What the analysis of a conversation's votes returns (see server/src/statements/analysis).
import type { VotePhase, VoteValue } from './statements';

/**
 * One vote as stored. The input array is in the order the votes were cast: when a participant
 * changes a vote within a phase, the later record wins.
 */
export interface VoteRecord {
  participantId: string;
  statementId: string;
  value: VoteValue;
  phase: VotePhase;
}

export interface Tally {
  agree: number;
  disagree: number;
  pass: number;
  total: number;
}

export interface StatementTally extends Tally {
  statementId: string;
}

export type GroupsWithheldReason =
  'too-few-statements' | 'too-few-voters' | 'too-few-votes' | 'groups-too-small' | 'no-differences';

export interface RepresentativeStatement {
  statementId: string;
  direction: 'agree' | 'disagree';
  groupAgreeRatio: number;
  othersAgreeRatio: number;
  /** Share of the group's votes, and of the other groups' votes, that go in `direction`. */
  groupDirectionRatio: number;
  othersDirectionRatio: number;
  groupVotes: number;
  zScore: number;
  score: number;
}

export interface OpinionGroup {
  id: number;
  members: string[];
  representative: RepresentativeStatement[];
}

export interface ProjectedParticipant {
  participantId: string;
  x: number;
  y: number;
  groupId: number | null;
}

export interface GroupAgreement {
  groupId: number;
  agreeRatio: number;
  votes: number;
}

export interface CommonGroundStatement {
  statementId: string;
  /** Product over groups of (agree + 1) / (votes + 2), as Pol.is' group-informed consensus. */
  consensus: number;
  groups: GroupAgreement[];
}

export interface DivisiveStatement {
  statementId: string;
  /** Vote-weighted standard deviation of the groups' smoothed agree ratios, 0 to 0.5. */
  divisiveness: number;
  groups: GroupAgreement[];
}

export interface OpinionShift {
  statementId: string;
  before: Tally;
  after: Tally;
  agreeRatioChange: number;
  /** Participants who voted in both phases and chose differently after. */
  changedVotes: number;
}

export interface ConversationAnalysis {
  tallies: StatementTally[];
  /** Participants with at least one vote, and those with enough votes to be placed in a group. */
  voterCount: number;
  qualifiedVoterCount: number;
  groups: OpinionGroup[] | null;
  groupsWithheldReason: GroupsWithheldReason | null;
  projection: ProjectedParticipant[];
  /** 'all-voters' when groups are withheld: then everyone counts as one group. */
  commonGroundBasis: 'groups' | 'all-voters';
  commonGround: CommonGroundStatement[];
  divisive: DivisiveStatement[];
  shift: OpinionShift[];
}

/** The analysis as served: when it was computed, over which published statements. */
export interface ConversationResults extends ConversationAnalysis {
  conversationId: string;
  computedAt: string;
}
