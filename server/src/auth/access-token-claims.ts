import { idSchema } from '@leernetwerk/shared';
import { z } from 'zod';

/**
 * What a verified access token must carry. The signature proves who issued it, not that its claims
 * have the types the code relies on: `sub: {"$ne": null}` would otherwise reach a database query.
 */
export const accessTokenClaimsSchema = z.object({
  /** The user's id. */
  sub: idSchema,
  /** The login session's id; ending the session refuses the token. */
  sid: idSchema,
  iat: z.number().int(),
  exp: z.number().int(),
});

export type AccessTokenClaims = z.infer<typeof accessTokenClaimsSchema>;

/** What is signed; `iat` and `exp` are added by the signer. */
export type AccessTokenPayload = Pick<AccessTokenClaims, 'sub' | 'sid'>;
