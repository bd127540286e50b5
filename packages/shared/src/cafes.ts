import { z } from 'zod';
import { personalDataConfirmation } from './privacy/personal-data-confirmation';
import { idSchema } from './ids';
import { wholeNumberIn } from './number-range';

/** draft → lobby → running → harvest → closed; only forward, except running ⇄ (pause is a timer state). */
export const cafeStateSchema = z.enum(['draft', 'lobby', 'running', 'harvest', 'closed']);
export type CafeState = z.infer<typeof cafeStateSchema>;

export const CAFE_LIMITS = {
  maxTables: 40,
  maxRounds: 6,
  maxMinutesPerRound: 90,
  minTableSize: 2,
  maxTableSize: 12,
  maxPromptLength: 500,
  maxBroadcastLength: 500,
} as const;

/** What a table talks about: a statement of the café's conversation, or a free question. */
export const tablePromptSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('statement'), statementId: idSchema }),
  z.object({ kind: z.literal('question'), text: z.string().trim().min(2).max(CAFE_LIMITS.maxPromptLength) }),
]);
export type TablePrompt = z.infer<typeof tablePromptSchema>;

export const cafeTableSetupSchema = z.object({
  prompt: tablePromptSchema,
  /** Chosen by the facilitator; null: picked when the café starts. */
  hostId: idSchema.nullable().default(null),
});
export type CafeTableSetup = z.input<typeof cafeTableSetupSchema>;

export const createCafeRequestSchema = z.object({
  title: z.string().trim().min(2).max(200),
  centralQuestion: z.string().trim().max(1000).default(''),
  /** The statement conversation the tables' statements come from, if any. */
  conversationId: idSchema.nullable().default(null),
  tables: z.array(cafeTableSetupSchema).min(1).max(CAFE_LIMITS.maxTables),
  rounds: wholeNumberIn(1, CAFE_LIMITS.maxRounds).default(3),
  minutesPerRound: wholeNumberIn(1, CAFE_LIMITS.maxMinutesPerRound).default(20),
  tableSize: wholeNumberIn(CAFE_LIMITS.minTableSize, CAFE_LIMITS.maxTableSize).default(5),
  /** When the round clock reaches 0:00 the server starts the next round by itself (not after the last). */
  autoAdvance: z.boolean().default(false),
  ...personalDataConfirmation,
});
export type CreateCafeRequest = z.input<typeof createCafeRequestSchema>;
export type ValidCreateCafeRequest = z.output<typeof createCafeRequestSchema>;

/**
 * While in draft or lobby the setup can change; only the fields sent change (no defaults here, or
 * a partial update would reset the question and the conversation).
 */
export const updateCafeRequestSchema = z
  .object({
    title: z.string().trim().min(2).max(200),
    centralQuestion: z.string().trim().max(1000),
    conversationId: idSchema.nullable(),
    tables: z.array(cafeTableSetupSchema).min(1).max(CAFE_LIMITS.maxTables),
    rounds: wholeNumberIn(1, CAFE_LIMITS.maxRounds),
    minutesPerRound: wholeNumberIn(1, CAFE_LIMITS.maxMinutesPerRound),
    tableSize: wholeNumberIn(CAFE_LIMITS.minTableSize, CAFE_LIMITS.maxTableSize),
    autoAdvance: z.boolean(),
    ...personalDataConfirmation,
  })
  .partial();
export type UpdateCafeRequest = z.input<typeof updateCafeRequestSchema>;

/** A table as served: its prompt resolved to text. */
export const cafeTableSchema = z.object({
  table: z.number().int(),
  prompt: tablePromptSchema,
  /** The statement's text or the question. */
  promptText: z.string(),
  hostId: idSchema.nullable(),
});
export type CafeTable = z.infer<typeof cafeTableSchema>;

export const seatedTableSchema = z.object({
  table: z.number().int(),
  hostId: idSchema.nullable(),
  members: z.array(idSchema),
});
export type SeatedTable = z.infer<typeof seatedTableSchema>;

export const seatingSchema = z.object({ round: z.number().int(), tables: z.array(seatedTableSchema) });
export type Seating = z.infer<typeof seatingSchema>;

/**
 * The round clock, decided by the server. While running, `endsAt` is the server time the round
 * ends; while paused, `remainingMs` is what is left. Clients correct for their clock offset.
 */
export const cafeTimerSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('idle') }),
  z.object({ status: z.literal('running'), endsAt: z.number() }),
  z.object({ status: z.literal('paused'), remainingMs: z.number() }),
]);
export type CafeTimer = z.infer<typeof cafeTimerSchema>;

export const cafeParticipantSchema = z.object({
  id: idSchema,
  name: z.string(),
  organisationId: idSchema,
  organisationName: z.string(),
});
export type CafeParticipant = z.infer<typeof cafeParticipantSchema>;

/** The harvest: a draft the facilitator writes, shown to participants for review, then published. */
export const harvestStatusSchema = z.enum(['draft', 'review', 'published']);
export type HarvestStatus = z.infer<typeof harvestStatusSchema>;

export const HARVEST_COMMENT_MAX_LENGTH = 1000;

export const harvestFeedbackRequestSchema = z.object({
  verdict: z.enum(['approve', 'comment']),
  comment: z.string().trim().max(HARVEST_COMMENT_MAX_LENGTH).optional(),
  ...personalDataConfirmation,
});
export type HarvestFeedbackRequest = z.infer<typeof harvestFeedbackRequestSchema>;

export const harvestFeedbackSchema = harvestFeedbackRequestSchema.extend({
  userId: idSchema,
  name: z.string(),
  at: z.string(),
});
export type HarvestFeedback = z.infer<typeof harvestFeedbackSchema>;

export const cafeSchema = z.object({
  id: idSchema,
  title: z.string(),
  centralQuestion: z.string(),
  conversationId: idSchema.nullable(),
  state: cafeStateSchema,
  rounds: z.number().int(),
  minutesPerRound: z.number().int(),
  tableSize: z.number().int(),
  /** The next round starts by itself when the clock reaches 0:00; the last round waits for the facilitator. */
  autoAdvance: z.boolean(),
  tables: z.array(cafeTableSchema),
  /** 0 before the first round; 1..rounds while running. */
  round: z.number().int(),
  timer: cafeTimerSchema,
  /** Seatings of the rounds so far, the current one last. */
  seatings: z.array(seatingSchema),
  /** Everyone who entered the café (lobby or later), with their organisation. */
  participants: z.array(cafeParticipantSchema),
  /** Ids of participants connected right now. */
  present: z.array(idSchema),
  lastBroadcast: z.object({ text: z.string(), at: z.number() }).nullable(),
  /** Everyone is called back to the plenary call (the round's seats stay for the return to the tables). */
  inPlenary: z.boolean(),
  harvest: z.object({ status: harvestStatusSchema, feedback: z.array(harvestFeedbackSchema) }),
  createdBy: idSchema,
  createdAt: z.string(),
  /** When round 1 started (the day it was held); null until then. */
  startedAt: z.string().nullable(),
});
export type Cafe = z.infer<typeof cafeSchema>;

export const cafeSummarySchema = cafeSchema.pick({
  id: true,
  title: true,
  centralQuestion: true,
  state: true,
  rounds: true,
  createdAt: true,
});
export type CafeSummary = z.infer<typeof cafeSummarySchema>;

/**
 * What the facilitator saw when they clicked. A control that carries it changes the café only if it
 * is still so: a double click, or two facilitators at the same moment, change things once
 * (the others get CAFE_CHANGED).
 */
export const cafeSeenSchema = z.object({
  state: cafeStateSchema,
  round: z.number().int().min(0),
  /** For clock controls: the clock as it was shown. */
  timer: cafeTimerSchema.optional(),
});
export type CafeSeen = z.infer<typeof cafeSeenSchema>;

/** Body of a step (lobby, start, next round, end, close). */
export const cafeStepRequestSchema = z.object({ seen: cafeSeenSchema.optional() }).default({});
export type CafeStepRequest = z.infer<typeof cafeStepRequestSchema>;

export const timerActionRequestSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('pause'), seen: cafeSeenSchema.optional() }),
  z.object({ action: z.literal('resume'), seen: cafeSeenSchema.optional() }),
  z.object({ action: z.literal('extend'), minutes: wholeNumberIn(1, 30), seen: cafeSeenSchema.optional() }),
]);
export type TimerActionRequest = z.infer<typeof timerActionRequestSchema>;

export const movePersonRequestSchema = z.object({ userId: idSchema, table: z.number().int().min(0) });
export type MovePersonRequest = z.infer<typeof movePersonRequestSchema>;

export const plenaryRequestSchema = z.object({ inPlenary: z.boolean() });
export type PlenaryRequest = z.infer<typeof plenaryRequestSchema>;

export const broadcastRequestSchema = z.object({
  text: z.string().trim().min(1).max(CAFE_LIMITS.maxBroadcastLength),
  ...personalDataConfirmation,
});
export type BroadcastRequest = z.infer<typeof broadcastRequestSchema>;

/**
 * How many tables a round uses: as many as keep at least two people at each, since nobody should
 * talk alone, and never more than there are; a single person still gets one table. Server seating
 * and the cockpit's explanation both count this way.
 */
export function tablesInUse(people: number, tables: number): number {
  if (people <= 0 || tables <= 0) return 0;
  return Math.min(tables, Math.max(1, Math.floor(people / 2)));
}

/** Live room of a café on the live namespace. */
export function cafeRoom(cafeId: string): string {
  return `cafe:${cafeId}`;
}

/** Shared documents of a café (see the collab access registry). */
export const cafeDocuments = {
  tablecloth: (cafeId: string, table: number) => `cafe:${cafeId}:table:${table}`,
  harvest: (cafeId: string) => `cafe:${cafeId}:harvest`,
};
