import { z } from 'zod';
import { personalDataConfirmation } from './privacy/personal-data-confirmation';
import { idSchema } from './ids';

/**
 * What everyone sees of an item's own history (a thread's opening post, a reply, a bottleneck
 * report): whether it was edited, deleted by its writer, or cleaned of personal data.
 */
export const ownershipFieldsSchema = z.object({
  /** Counts the changes to the text; an edit sends back the revision its writer saw. */
  revision: z.number().int().min(0),
  /** When the writer last changed the text. */
  editedAt: z.string().nullable(),
  /** The writer deleted it: its text is gone for everyone, its place (and replies to it) stay. */
  deletedAt: z.string().nullable(),
  /** A coordinator or facilitator removed personal data from it: who and when. */
  personalDataRemoved: z.object({ byName: z.string(), at: z.string() }).nullable(),
});
export type OwnershipFields = z.infer<typeof ownershipFieldsSchema>;

export const OWNERSHIP_LIMITS = {
  reasonMax: 500,
} as const;

const revisionSchema = z.number().int().min(0);
const reasonSchema = z.string().trim().min(3).max(OWNERSHIP_LIMITS.reasonMax);

/** The writer changes their reply. `revision` is the one they saw: a stale edit is refused (STALE_REVISION). */
export const editPostRequestSchema = z.object({
  body: z.string().trim().min(1).max(10_000),
  revision: revisionSchema,
  ...personalDataConfirmation,
});
export type EditPostRequest = z.infer<typeof editPostRequestSchema>;

/** The writer changes the title and/or text of their thread's opening post. */
export const editThreadRequestSchema = z
  .object({
    title: z.string().trim().min(3).max(160).optional(),
    body: z.string().trim().min(1).max(10_000).optional(),
    revision: revisionSchema,
    ...personalDataConfirmation,
  })
  .refine((value) => value.title !== undefined || value.body !== undefined, { message: 'nothing to change' });
export type EditThreadRequest = z.infer<typeof editThreadRequestSchema>;

/** The reporter changes the title and/or description of their bottleneck report. */
export const editBottleneckRequestSchema = z
  .object({
    title: z.string().trim().min(3).max(160).optional(),
    description: z.string().trim().min(1).max(4000).optional(),
    revision: revisionSchema,
    ...personalDataConfirmation,
  })
  .refine((value) => value.title !== undefined || value.description !== undefined, {
    message: 'nothing to change',
  });
export type EditBottleneckRequest = z.infer<typeof editBottleneckRequestSchema>;

/**
 * A coordinator or facilitator takes personal data out of a text: `body` is the cleaned text, or
 * empty to remove it all. Every earlier version of the text is purged from the history (AVG/GDPR:
 * keep no more than needed); only the fact stays, with who, when and why.
 */
export const removePostPersonalDataRequestSchema = z.object({
  body: z.string().trim().max(10_000),
  reason: reasonSchema,
});
export type RemovePostPersonalDataRequest = z.infer<typeof removePostPersonalDataRequestSchema>;

/** As for a reply; the title may be replaced too (a title cannot be empty). */
export const removeThreadPersonalDataRequestSchema = removePostPersonalDataRequestSchema.extend({
  title: z.string().trim().min(3).max(160).optional(),
});
export type RemoveThreadPersonalDataRequest = z.infer<typeof removeThreadPersonalDataRequestSchema>;

/** As for a reply, for a bottleneck's title, description and the "bij ons ook" notes of organisations. */
export const removeBottleneckPersonalDataRequestSchema = z
  .object({
    title: z.string().trim().min(3).max(160).optional(),
    description: z.string().trim().max(4000).optional(),
    /** Replacement notes (empty removes the note) per organisation that said "bij ons ook". */
    notes: z
      .array(z.object({ organisationId: idSchema, note: z.string().trim().max(500) }))
      .max(100)
      .optional(),
    reason: reasonSchema,
  })
  .refine((v) => v.title !== undefined || v.description !== undefined || (v.notes?.length ?? 0) > 0, {
    message: 'nothing to change',
  });
export type RemoveBottleneckPersonalDataRequest = z.infer<typeof removeBottleneckPersonalDataRequestSchema>;

/** `created`, `edited` and `deleted` by the writer; `personal-data-removed` by a coordinator or facilitator. */
export const contentVersionKindSchema = z.enum(['created', 'edited', 'deleted', 'personal-data-removed']);
export type ContentVersionKind = z.infer<typeof contentVersionKindSchema>;

/** One version of an item's text, for coordinators. */
export const contentVersionSchema = z.object({
  revision: z.number().int(),
  kind: contentVersionKindSchema,
  /** The title then (threads and bottlenecks); null for a reply, after deletion or a purge. */
  title: z.string().nullable(),
  /** The text then (a reply's or opening post's body, a bottleneck's description); null after deletion or a purge. */
  text: z.string().nullable(),
  /** This version's text was purged because the item held personal data. */
  purged: z.boolean(),
  actorName: z.string(),
  at: z.string(),
  /** Why personal data was removed. */
  reason: z.string().nullable(),
});
export type ContentVersion = z.infer<typeof contentVersionSchema>;

/** The history of an item's text, oldest first: coordinators only. */
export const contentHistorySchema = z.object({ versions: z.array(contentVersionSchema) });
export type ContentHistory = z.infer<typeof contentHistorySchema>;
