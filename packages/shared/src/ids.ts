import { z } from 'zod';

/** A MongoDB ObjectId in its 24-hex-digit string form. */
export const idSchema = z.string().regex(/^[0-9a-f]{24}$/, 'must be a 24-character hex id');

export type Id = z.infer<typeof idSchema>;

export const idParamsSchema = z.object({ id: idSchema });
