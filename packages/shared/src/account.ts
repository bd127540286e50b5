import { z } from 'zod';
import { organisationSchema } from './organisations';
import { userSchema } from './users';

/** Everything the platform holds about one user (AVG/GDPR right of access). */
export const accountExportSchema = z.object({
  exportedAt: z.iso.datetime(),
  user: userSchema,
  organisation: organisationSchema.pick({ id: true, name: true }),
  sessions: z.array(z.object({ createdAt: z.iso.datetime(), expiresAt: z.iso.datetime() })),
});
export type AccountExport = z.infer<typeof accountExportSchema>;
