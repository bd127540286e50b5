import { z } from 'zod';
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

export const STATEMENT_MAX_LENGTH = 280;
export const VOTE_REASON_MAX_LENGTH = 280;

/** A statement discussion ("Eens of oneens?"). */
export const conversationSchema = z.object({
  id: idSchema,
  title: z.string(),
  description: z.string(),
  status: conversationStatusSchema,
  moderation: moderationModeSchema,
  allowProposals: z.boolean(),
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

/** A statement as served: who wrote it stays private, `mine` tells the author it is theirs. */
export const statementSchema = z.object({
  id: idSchema,
  conversationId: idSchema,
  text: z.string(),
  status: statementStatusSchema,
  mine: z.boolean(),
  tally: voteTallySchema,
});
export type Statement = z.infer<typeof statementSchema>;

export const conversationDetailSchema = conversationSchema.extend({ statements: z.array(statementSchema) });
export type ConversationDetail = z.infer<typeof conversationDetailSchema>;

export const createConversationRequestSchema = z.object({
  title: z.string().trim().min(2).max(200),
  description: z.string().trim().max(4000).default(''),
  moderation: moderationModeSchema.default('strict'),
  allowProposals: z.boolean().default(true),
});
export type CreateConversationRequest = z.input<typeof createConversationRequestSchema>;

export const updateConversationRequestSchema = z.object({
  status: conversationStatusSchema.optional(),
  moderation: moderationModeSchema.optional(),
  allowProposals: z.boolean().optional(),
});
export type UpdateConversationRequest = z.infer<typeof updateConversationRequestSchema>;

export const proposeStatementRequestSchema = z.object({
  text: z.string().trim().min(2).max(STATEMENT_MAX_LENGTH),
});
export type ProposeStatementRequest = z.infer<typeof proposeStatementRequestSchema>;

export const moderateStatementRequestSchema = z.object({ action: z.enum(['publish', 'hide']) });
export type ModerateStatementRequest = z.infer<typeof moderateStatementRequestSchema>;

export const voteRequestSchema = z.object({
  value: voteValueSchema,
  phase: votePhaseSchema.default('before'),
  reason: z.string().trim().max(VOTE_REASON_MAX_LENGTH).optional(),
});
export type VoteRequest = z.input<typeof voteRequestSchema>;
export type ValidVoteRequest = z.output<typeof voteRequestSchema>;

/** Answer to a vote: the statement's tally with the vote counted. */
export const voteResponseSchema = z.object({ statementId: idSchema, tally: voteTallySchema });
export type VoteResponse = z.infer<typeof voteResponseSchema>;

/** Live room of a conversation on the live namespace. */
export function conversationRoom(conversationId: string): string {
  return `conversation:${conversationId}`;
}
