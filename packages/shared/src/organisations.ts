import { z } from 'zod';
import { idSchema } from './ids';

export const organisationKindSchema = z.enum(['sector-body', 'member']);

export const organisationSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: organisationKindSchema,
  description: z.string(),
  /** Technologies the organisation uses. */
  technologyIds: z.array(idSchema),
});
export type Organisation = z.infer<typeof organisationSchema>;
export const organisationListSchema = z.array(organisationSchema);

export const createOrganisationRequestSchema = z.object({
  name: z.string().trim().min(2).max(120),
  kind: organisationKindSchema.default('member'),
  description: z.string().trim().max(2000).default(''),
  technologyIds: z.array(idSchema).max(100).default([]),
});
export type CreateOrganisationRequest = z.input<typeof createOrganisationRequestSchema>;

export const updateOrganisationRequestSchema = z
  .object({
    name: z.string().trim().min(2).max(120),
    description: z.string().trim().max(2000),
    technologyIds: z.array(idSchema).max(100),
  })
  .partial();
export type UpdateOrganisationRequest = z.infer<typeof updateOrganisationRequestSchema>;

export const inviteCodeResponseSchema = z.object({ inviteCode: z.string() });
export type InviteCodeResponse = z.infer<typeof inviteCodeResponseSchema>;
