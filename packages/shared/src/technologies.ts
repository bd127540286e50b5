import { z } from 'zod';
import { personalDataConfirmation } from './privacy/personal-data-confirmation';
import { idSchema } from './ids';

export const technologyKindSchema = z.enum(['app', 'ehealth', 'vr', 'domotics', 'robotics', 'other']);
export type TechnologyKind = z.infer<typeof technologyKindSchema>;

export const technologySchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: technologyKindSchema,
  description: z.string(),
});
export type Technology = z.infer<typeof technologySchema>;
export const technologyListSchema = z.array(technologySchema);

export const createTechnologyRequestSchema = z.object({
  name: z.string().trim().min(2).max(120),
  kind: technologyKindSchema,
  description: z.string().trim().max(4000).default(''),
  ...personalDataConfirmation,
});
export type CreateTechnologyRequest = z.input<typeof createTechnologyRequestSchema>;
export type ValidCreateTechnologyRequest = z.output<typeof createTechnologyRequestSchema>;

export const updateTechnologyRequestSchema = createTechnologyRequestSchema.partial();
export type UpdateTechnologyRequest = z.infer<typeof updateTechnologyRequestSchema>;
