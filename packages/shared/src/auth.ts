import { z } from 'zod';
import { emailSchema, nameSchema, passwordSchema, userSchema } from './users';

export const registerRequestSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
  inviteCode: z.string().trim().min(4).max(64),
  /** The language the person registered in; Dutch when absent. */
  locale: z.enum(['nl', 'en']).optional(),
});
export type RegisterRequest = z.infer<typeof registerRequestSchema>;

export const loginRequestSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** Returned by register, login and refresh. The refresh token travels only in an httpOnly cookie. */
export const authResponseSchema = z.object({
  user: userSchema,
  accessToken: z.string(),
  /** Seconds until the access token expires. */
  expiresIn: z.number().int().positive(),
});
export type AuthResponse = z.infer<typeof authResponseSchema>;

export const deleteAccountRequestSchema = z.object({
  password: z.string().min(1).max(200),
});
export type DeleteAccountRequest = z.infer<typeof deleteAccountRequestSchema>;

/** Name of the httpOnly cookie that carries the refresh token. */
export const REFRESH_COOKIE = 'lst_refresh';
