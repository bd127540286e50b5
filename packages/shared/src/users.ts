import { z } from 'zod';
import { idSchema } from './ids';
import { roleSchema } from './roles';

export const nameSchema = z.string().trim().min(1).max(100);
export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email());
/** Long enough to resist guessing; capped so hashing cannot be abused. */
export const passwordSchema = z.string().min(10).max(200);

/** A user as the API shows it. Never contains the password hash. */
export const userSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string(),
  organisationId: idSchema,
  roles: z.array(roleSchema),
  /** Technologies this user is ambassador for, within their own organisation. */
  ambassadorOf: z.array(idSchema),
  locale: z.enum(['nl', 'en']),
  /** Blocked by a coordinator or admin: cannot log in or stay connected. */
  disabled: z.boolean(),
  createdAt: z.iso.datetime(),
});

export type User = z.infer<typeof userSchema>;

export const userListSchema = z.array(userSchema);

export const assignRolesRequestSchema = z.object({
  roles: z.array(roleSchema).min(1).max(4),
});
export type AssignRolesRequest = z.infer<typeof assignRolesRequestSchema>;

export const assignAmbassadorshipsRequestSchema = z.object({
  technologyIds: z.array(idSchema).max(50),
});
export type AssignAmbassadorshipsRequest = z.infer<typeof assignAmbassadorshipsRequestSchema>;

export const setAccountDisabledRequestSchema = z.object({ disabled: z.boolean() });
export type SetAccountDisabledRequest = z.infer<typeof setAccountDisabledRequestSchema>;

export const updateProfileRequestSchema = z.object({
  name: nameSchema.optional(),
  locale: z.enum(['nl', 'en']).optional(),
});
export type UpdateProfileRequest = z.infer<typeof updateProfileRequestSchema>;
