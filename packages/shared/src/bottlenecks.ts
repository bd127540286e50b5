import { z } from 'zod';
import { personalDataConfirmation } from './privacy/personal-data-confirmation';
import { idSchema } from './ids';
import { compassPillarSchema } from './intervision';
import { ownershipFieldsSchema } from './ownership';

/**
 * The public life of a structural bottleneck: reported (`new`), recognised by a facilitator,
 * raised with the sector body, in progress there, and finally solved or declined.
 */
export const bottleneckStatusSchema = z.enum(['new', 'recognised', 'raised', 'in-progress', 'solved', 'declined']);
export type BottleneckStatus = z.infer<typeof bottleneckStatusSchema>;
export const BOTTLENECK_STATUSES = bottleneckStatusSchema.options;

/** Organisational: the organisation can solve it itself; structural: it needs the sector or the law. */
export const bottleneckScopeSchema = z.enum(['organisational', 'structural']);
export type BottleneckScope = z.infer<typeof bottleneckScopeSchema>;

export const BOTTLENECK_LIMITS = {
  titleMax: 160,
  descriptionMax: 4000,
  noteMax: 500,
  explanationMax: 1000,
  excerptMax: 1000,
} as const;

/** Where a bottleneck was first noticed; a café tablecloth keeps its table and round. */
export const bottleneckSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('standalone') }),
  z.object({ kind: z.literal('meeting'), meetingId: idSchema }),
  z.object({
    kind: z.literal('cafe'),
    cafeId: idSchema,
    /** Table index as in the café (0-based). */
    table: z.number().int().min(0),
    round: z.number().int().min(1),
    /** The text selected on the tablecloth. */
    excerpt: z.string().trim().min(1).max(BOTTLENECK_LIMITS.excerptMax),
  }),
]);
export type BottleneckSource = z.infer<typeof bottleneckSourceSchema>;

export const reportBottleneckRequestSchema = z.object({
  title: z.string().trim().min(3).max(BOTTLENECK_LIMITS.titleMax),
  description: z.string().trim().min(1).max(BOTTLENECK_LIMITS.descriptionMax),
  technologyId: idSchema.nullable().default(null),
  pillar: compassPillarSchema.nullable().default(null),
  scope: bottleneckScopeSchema,
  source: bottleneckSourceSchema.default({ kind: 'standalone' }),
  ...personalDataConfirmation,
});
export type ReportBottleneckRequest = z.input<typeof reportBottleneckRequestSchema>;
export type ValidReportBottleneckRequest = z.output<typeof reportBottleneckRequestSchema>;

/** "Bij ons ook": one per organisation, with an optional note. */
export const supportBottleneckRequestSchema = z.object({
  note: z.string().trim().max(BOTTLENECK_LIMITS.noteMax).default(''),
  ...personalDataConfirmation,
});
export type SupportBottleneckRequest = z.input<typeof supportBottleneckRequestSchema>;

export const changeBottleneckStatusRequestSchema = z.object({
  status: bottleneckStatusSchema,
  /** Shown on the public timeline and sent to everyone following the bottleneck. */
  explanation: z.string().trim().min(3).max(BOTTLENECK_LIMITS.explanationMax),
  ...personalDataConfirmation,
});
export type ChangeBottleneckStatusRequest = z.infer<typeof changeBottleneckStatusRequestSchema>;

export const mergeBottleneckRequestSchema = z.object({
  /** The bottleneck that stays; this one is merged into it. */
  intoId: idSchema,
  explanation: z.string().trim().max(BOTTLENECK_LIMITS.explanationMax).default(''),
  ...personalDataConfirmation,
});
export type MergeBottleneckRequest = z.input<typeof mergeBottleneckRequestSchema>;

/** An organisation that has this bottleneck: the reporter's, or one that said "bij ons ook". */
export const affectedOrganisationSchema = z.object({
  organisationId: idSchema,
  organisationName: z.string(),
  /** Who said so for the organisation. */
  userName: z.string(),
  note: z.string(),
  /** True for an organisation whose member reported it (here or in a merged duplicate). */
  reported: z.boolean(),
  at: z.string(),
});
export type AffectedOrganisation = z.infer<typeof affectedOrganisationSchema>;

/** A public timeline entry. `mergedFrom` names the duplicate an entry came from. */
export const timelineEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reported'), at: z.string(), actorName: z.string(), mergedFrom: z.string().nullable() }),
  z.object({
    kind: z.literal('status'),
    at: z.string(),
    actorName: z.string(),
    from: bottleneckStatusSchema,
    to: bottleneckStatusSchema,
    explanation: z.string(),
    mergedFrom: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('supported'),
    at: z.string(),
    organisationName: z.string(),
    mergedFrom: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('merged'),
    at: z.string(),
    actorName: z.string(),
    /** Title of the duplicate merged into this one. */
    duplicateTitle: z.string(),
    explanation: z.string(),
    mergedFrom: z.string().nullable(),
  }),
]);
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

/** A served source: the meeting's or café's title alongside the stored link. */
export const bottleneckSourceViewSchema = z.object({
  source: bottleneckSourceSchema,
  title: z.string().nullable(),
});

export const linkedActionSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  text: z.string(),
  ownerName: z.string(),
  dueDate: z.string().nullable(),
  status: z.enum(['open', 'done', 'dropped']),
});
export type LinkedAction = z.infer<typeof linkedActionSchema>;

export const bottleneckSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  technologyId: idSchema.nullable(),
  technologyName: z.string().nullable(),
  pillar: compassPillarSchema.nullable(),
  scope: bottleneckScopeSchema,
  status: bottleneckStatusSchema,
  organisationsAffected: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BottleneckSummary = z.infer<typeof bottleneckSummarySchema>;

export const bottleneckSchema = bottleneckSummarySchema.extend({
  description: z.string(),
  source: bottleneckSourceViewSchema,
  reporterName: z.string(),
  organisations: z.array(affectedOrganisationSchema),
  /** The viewer's organisation is among the affected ones. */
  affectsMyOrganisation: z.boolean(),
  /** The viewer reported or supported it (or a duplicate merged into it): they hear of every change. */
  following: z.boolean(),
  /** The viewer reported it: they may edit or delete the report. */
  mine: z.boolean(),
  timeline: z.array(timelineEntrySchema),
  /** Set when this one was merged into another: the client goes there. */
  mergedInto: idSchema.nullable(),
  actions: z.array(linkedActionSchema),
  ...ownershipFieldsSchema.shape,
});
export type Bottleneck = z.infer<typeof bottleneckSchema>;

/** Filters of the register and the coordinator dashboard. */
export const bottleneckFilterSchema = z.object({
  technologyId: idSchema.optional(),
  pillar: compassPillarSchema.optional(),
  status: bottleneckStatusSchema.optional(),
  scope: bottleneckScopeSchema.optional(),
  meetingId: idSchema.optional(),
  /** Reported at least this many days ago. */
  minAgeDays: z.coerce.number().int().min(0).max(36_500).optional(),
  /** Reported at most this many days ago. */
  maxAgeDays: z.coerce.number().int().min(0).max(36_500).optional(),
});
export type BottleneckFilter = z.infer<typeof bottleneckFilterSchema>;

/** The coordinator dashboard: ranked by organisations affected, with counts for the charts. */
export const bottleneckDashboardSchema = z.object({
  total: z.number().int(),
  /** The highest-ranked, at most `DASHBOARD_TOP` of them; the CSV export has them all. */
  ranked: z.array(bottleneckSummarySchema),
  byPillar: z.array(z.object({ pillar: compassPillarSchema.nullable(), count: z.number().int() })),
  byTechnology: z.array(
    z.object({ technologyId: idSchema.nullable(), technologyName: z.string().nullable(), count: z.number().int() }),
  ),
  byStatus: z.array(z.object({ status: bottleneckStatusSchema, count: z.number().int() })),
});
export type BottleneckDashboard = z.infer<typeof bottleneckDashboardSchema>;
export const DASHBOARD_TOP = 100;
