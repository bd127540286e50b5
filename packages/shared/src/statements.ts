import { z } from 'zod';
import { personalDataConfirmation } from './privacy/personal-data-confirmation';
import { idSchema } from './ids';

export const conversationStatusSchema = z.enum(['open', 'closed']);
export type ConversationStatus = z.infer<typeof conversationStatusSchema>;

/** `strict`: participants' proposals wait for a facilitator; `permissive`: they appear at once. */
export const moderationModeSchema = z.enum(['strict', 'permissive']);
export type ModerationMode = z.infer<typeof moderationModeSchema>;

export const statementStatusSchema = z.enum(['published', 'pending', 'hidden']);
export type StatementStatus = z.infer<typeof statementStatusSchema>;

export const voteValueSchema = z.enum(['agree', 'disagree', 'pass']);
export type VoteValue = z.infer<typeof voteValueSchema>;

/** `before` and `after` the discussion, so the opinion shift can be shown. */
export const votePhaseSchema = z.enum(['before', 'after']);
export type VotePhase = z.infer<typeof votePhaseSchema>;

/** Replies under a statement: an argument for, against, or a question. */
export const replyKindSchema = z.enum(['for', 'against', 'question']);
export type ReplyKind = z.infer<typeof replyKindSchema>;

export const STATEMENT_MAX_LENGTH = 280;
export const VOTE_REASON_MAX_LENGTH = 280;
export const REPLY_MAX_LENGTH = 1000;
export const REPORT_REASON_MAX_LENGTH = 280;

/** A statement discussion ("Eens of oneens?"). */
export const conversationSchema = z.object({
  id: idSchema,
  title: z.string(),
  description: z.string(),
  status: conversationStatusSchema,
  moderation: moderationModeSchema,
  allowProposals: z.boolean(),
  /** The phase votes are cast in now; the facilitator switches to `after` once the talk is over. */
  votingPhase: votePhaseSchema,
  createdBy: idSchema,
  createdAt: z.string(),
});
export type Conversation = z.infer<typeof conversationSchema>;
export const conversationListSchema = z.array(conversationSchema);

export const voteTallySchema = z.object({
  agree: z.number().int(),
  disagree: z.number().int(),
  pass: z.number().int(),
});
export type VoteTally = z.infer<typeof voteTallySchema>;

/** The viewer's own vote in one phase. */
export const ownVoteSchema = z.object({ value: voteValueSchema, reason: z.string().optional() });
export type OwnVote = z.infer<typeof ownVoteSchema>;

/** A reply as served: anonymous like statements; `mine` tells the author it is theirs. */
export const replySchema = z.object({
  id: idSchema,
  statementId: idSchema,
  kind: replyKindSchema,
  text: z.string(),
  status: statementStatusSchema,
  mine: z.boolean(),
  /** Reports not yet dealt with; facilitators see the count, others always 0. */
  reports: z.number().int(),
  /** The reasons given with those reports, for facilitators; empty for others. */
  reportReasons: z.array(z.string()),
  createdAt: z.string(),
});
export type Reply = z.infer<typeof replySchema>;

/** A statement as served: who wrote it stays private, `mine` tells the author it is theirs. */
export const statementSchema = z.object({
  id: idSchema,
  conversationId: idSchema,
  text: z.string(),
  status: statementStatusSchema,
  mine: z.boolean(),
  /** Reports not yet dealt with; facilitators see the count, others always 0. */
  reports: z.number().int(),
  /** The reasons given with those reports, for facilitators; empty for others. */
  reportReasons: z.array(z.string()),
  tally: voteTallySchema,
  myVote: z.object({ before: ownVoteSchema.nullable(), after: ownVoteSchema.nullable() }),
  replies: z.array(replySchema),
});
export type Statement = z.infer<typeof statementSchema>;

export const conversationDetailSchema = conversationSchema.extend({ statements: z.array(statementSchema) });
export type ConversationDetail = z.infer<typeof conversationDetailSchema>;

export const createConversationRequestSchema = z.object({
  title: z.string().trim().min(2).max(200),
  description: z.string().trim().max(4000).default(''),
  moderation: moderationModeSchema.default('strict'),
  allowProposals: z.boolean().default(true),
  ...personalDataConfirmation,
});
export type CreateConversationRequest = z.input<typeof createConversationRequestSchema>;
export type ValidCreateConversationRequest = z.output<typeof createConversationRequestSchema>;

export const updateConversationRequestSchema = z.object({
  status: conversationStatusSchema.optional(),
  moderation: moderationModeSchema.optional(),
  allowProposals: z.boolean().optional(),
  votingPhase: votePhaseSchema.optional(),
});
export type UpdateConversationRequest = z.infer<typeof updateConversationRequestSchema>;

export const proposeStatementRequestSchema = z.object({
  text: z.string().trim().min(2).max(STATEMENT_MAX_LENGTH),
  ...personalDataConfirmation,
});
export type ProposeStatementRequest = z.infer<typeof proposeStatementRequestSchema>;

export const moderateStatementRequestSchema = z.object({ action: z.enum(['publish', 'hide']) });
export type ModerateStatementRequest = z.infer<typeof moderateStatementRequestSchema>;

export const voteRequestSchema = z.object({
  value: voteValueSchema,
  /** Defaults to the conversation's current `votingPhase`. */
  phase: votePhaseSchema.optional(),
  reason: z.string().trim().max(VOTE_REASON_MAX_LENGTH).optional(),
  ...personalDataConfirmation,
});
export type VoteRequest = z.input<typeof voteRequestSchema>;
export type ValidVoteRequest = z.output<typeof voteRequestSchema>;

/** Answer to a vote: the vote as stored. The tally with it counted arrives live (`statement:tallies`). */
export const voteResponseSchema = z.object({
  statementId: idSchema,
  phase: votePhaseSchema,
  vote: ownVoteSchema,
});
export type VoteResponse = z.infer<typeof voteResponseSchema>;

export const proposeReplyRequestSchema = z.object({
  kind: replyKindSchema,
  text: z.string().trim().min(2).max(REPLY_MAX_LENGTH),
  ...personalDataConfirmation,
});
export type ProposeReplyRequest = z.infer<typeof proposeReplyRequestSchema>;

/** Reporting a statement or reply. In permissive moderation a report hides it until a facilitator decides. */
export const reportRequestSchema = z.object({
  reason: z.string().trim().max(REPORT_REASON_MAX_LENGTH).optional(),
  ...personalDataConfirmation,
});
export type ReportRequest = z.infer<typeof reportRequestSchema>;

/** Live room of a conversation on the live namespace. */
export function conversationRoom(conversationId: string): string {
  return `conversation:${conversationId}`;
}

/** The facilitators' part of that room: they hear of proposals and reports waiting for them. */
export function moderatorsRoom(conversationId: string): string {
  return `conversation:${conversationId}:moderators`;
}
