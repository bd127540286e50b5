import { z } from 'zod';
import { personalDataConfirmation } from './privacy/personal-data-confirmation';
import { idSchema } from './ids';
import { ownershipFieldsSchema } from './ownership';

/** What a thread is: a question, an intervision case, a tip (handigheidje), a lesson, or a mistake. */
export const threadKindSchema = z.enum(['question', 'case', 'tip', 'lesson', 'mistake']);
export type ThreadKind = z.infer<typeof threadKindSchema>;

/** The six pillars of the social technology compass (DOMAIN.md). */
export const compassPillarSchema = z.enum([
  'vision',
  'agreements',
  'user-skills',
  'user-attitude',
  'communication',
  'target-groups',
]);
export type CompassPillar = z.infer<typeof compassPillarSchema>;

/** The steps of an intervision case, in order; replies to a case belong to one step. */
export const caseStepSchema = z.enum(['case', 'questions', 'reflections', 'advice', 'takeaway']);
export type CaseStep = z.infer<typeof caseStepSchema>;
export const CASE_STEPS = caseStepSchema.options;

export const INTERVISION_LIMITS = {
  titleMax: 160,
  bodyMax: 10_000,
  tagsMax: 8,
  tagMax: 40,
} as const;

export const postStatusSchema = z.enum(['published', 'hidden']);
export type PostStatus = z.infer<typeof postStatusSchema>;

export const authorSchema = z.object({
  id: idSchema,
  name: z.string(),
  organisationName: z.string(),
  /** Ambassador of this thread's technology: their answers and tips are marked. */
  ambassador: z.boolean(),
});
export type Author = z.infer<typeof authorSchema>;

export const threadSummarySchema = z.object({
  id: idSchema,
  technologyId: idSchema,
  kind: threadKindSchema,
  title: z.string(),
  pillar: compassPillarSchema.nullable(),
  tags: z.array(z.string()),
  author: authorSchema,
  /** A question routed to the technology's ambassadors ("vraag een ambassadeur"). */
  askAmbassadors: z.boolean(),
  answeredByAmbassador: z.boolean(),
  replyCount: z.number().int(),
  helpfulCount: z.number().int(),
  status: postStatusSchema,
  createdAt: z.string(),
  lastActivityAt: z.string(),
  ...ownershipFieldsSchema.shape,
});
export type ThreadSummary = z.infer<typeof threadSummarySchema>;

export const postSchema = z.object({
  id: idSchema,
  threadId: idSchema,
  body: z.string(),
  /** For a case: the step this contribution belongs to. */
  step: caseStepSchema.nullable(),
  author: authorSchema,
  helpfulCount: z.number().int(),
  helpfulByMe: z.boolean(),
  status: postStatusSchema,
  createdAt: z.string(),
  ...ownershipFieldsSchema.shape,
});
export type Post = z.infer<typeof postSchema>;

/** A thread with its opening post (`body`) and replies. */
export const threadSchema = threadSummarySchema.extend({
  body: z.string(),
  helpfulByMe: z.boolean(),
  following: z.boolean(),
  posts: z.array(postSchema),
});
export type Thread = z.infer<typeof threadSchema>;

const tagSchema = z.string().trim().toLowerCase().min(1).max(INTERVISION_LIMITS.tagMax);

export const createThreadRequestSchema = z.object({
  kind: threadKindSchema,
  title: z.string().trim().min(3).max(INTERVISION_LIMITS.titleMax),
  body: z.string().trim().min(1).max(INTERVISION_LIMITS.bodyMax),
  pillar: compassPillarSchema.nullable().default(null),
  tags: z.array(tagSchema).max(INTERVISION_LIMITS.tagsMax).default([]),
  /** Only for questions: route it to the technology's ambassadors. */
  askAmbassadors: z.boolean().default(false),
  ...personalDataConfirmation,
});
export type CreateThreadRequest = z.input<typeof createThreadRequestSchema>;
export type ValidCreateThreadRequest = z.output<typeof createThreadRequestSchema>;

export const createPostRequestSchema = z.object({
  body: z.string().trim().min(1).max(INTERVISION_LIMITS.bodyMax),
  step: caseStepSchema.nullable().default(null),
  ...personalDataConfirmation,
});
export type CreatePostRequest = z.input<typeof createPostRequestSchema>;
export type ValidCreatePostRequest = z.output<typeof createPostRequestSchema>;

export const threadSearchQuerySchema = z.object({
  q: z.string().trim().max(200).default(''),
  technologyId: idSchema.optional(),
  tag: tagSchema.optional(),
  kind: threadKindSchema.optional(),
});
export type ThreadSearchQuery = z.input<typeof threadSearchQuerySchema>;

export const helpfulRequestSchema = z.object({ helpful: z.boolean() });
export type HelpfulRequest = z.infer<typeof helpfulRequestSchema>;

/** Live room of a thread on the live namespace (replies arrive there). */
export function threadRoom(threadId: string): string {
  return `thread:${threadId}`;
}

/** A technology with who uses it and who to ask. */
export const technologyOverviewSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.string(),
  description: z.string(),
  organisations: z.array(z.object({ id: idSchema, name: z.string() })),
  ambassadors: z.array(z.object({ id: idSchema, name: z.string(), organisationName: z.string() })),
  following: z.boolean(),
});
export type TechnologyOverview = z.infer<typeof technologyOverviewSchema>;

export const followRequestSchema = z.object({ following: z.boolean() });
export type FollowRequest = z.infer<typeof followRequestSchema>;

/** The shared knowledge page of a technology (see the collab access registry). */
export function knowledgePageDocument(technologyId: string): string {
  return `technology:${technologyId}:page`;
}
