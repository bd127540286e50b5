// The analysis' result types are part of the API contract; they live in the shared package.
export type {
  CommonGroundStatement,
  ConversationAnalysis,
  DivisiveStatement,
  GroupAgreement,
  GroupsWithheldReason,
  OpinionGroup,
  OpinionShift,
  ProjectedParticipant,
  RepresentativeStatement,
  StatementTally,
  Tally,
  VotePhase,
  VoteRecord,
  VoteValue,
} from '@leernetwerk/shared';
