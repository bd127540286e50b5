import { z } from 'zod';
import { organisationSchema } from './organisations';
import { userSchema } from './users';

/** Everything the platform holds about one user (AVG/GDPR right of access). */
export const accountExportSchema = z.object({
  exportedAt: z.iso.datetime(),
  user: userSchema,
  organisation: organisationSchema.pick({ id: true, name: true }),
  sessions: z.array(z.object({ createdAt: z.iso.datetime(), expiresAt: z.iso.datetime() })),
  /** What the user contributed to statement discussions: their votes and what they wrote. */
  statementDiscussions: z.object({
    votes: z.array(
      z.object({
        statementId: z.string(),
        statement: z.string(),
        phase: z.string(),
        value: z.string(),
        reason: z.string().optional(),
      }),
    ),
    statements: z.array(z.object({ id: z.string(), conversationId: z.string(), text: z.string(), status: z.string() })),
    replies: z.array(z.object({ id: z.string(), statementId: z.string(), kind: z.string(), text: z.string() })),
  }),
  /** What the user wrote in intervision threads, and what they follow. */
  intervision: z.object({
    threads: z.array(
      z.object({ id: z.string(), technologyId: z.string(), kind: z.string(), title: z.string(), body: z.string() }),
    ),
    posts: z.array(z.object({ id: z.string(), threadId: z.string(), body: z.string() })),
    follows: z.array(z.object({ kind: z.string(), targetId: z.string() })),
  }),
  /** Bottlenecks the user reported, and those they said "bij ons ook" to (with their note). */
  bottlenecks: z.object({
    reported: z.array(z.object({ id: z.string(), title: z.string(), description: z.string() })),
    supported: z.array(z.object({ id: z.string(), title: z.string(), note: z.string() })),
  }),
  /** Meetings the user attended, and actions they own. */
  meetings: z.object({
    attended: z.array(z.object({ id: z.string(), title: z.string(), checkedInAt: z.string() })),
    actions: z.array(z.object({ id: z.string(), meetingId: z.string(), text: z.string(), status: z.string() })),
  }),
});
export type AccountExport = z.infer<typeof accountExportSchema>;
