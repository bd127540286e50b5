import { createSecretKey, type KeyObject } from 'node:crypto';

/**
 * The HMAC key for access tokens, made once. Given a plain string, jsonwebtoken first tries to
 * read it as a PEM public key on every sign and verify, fails, and builds the stack trace of that
 * failure: measurable CPU on every request under load.
 */
export function jwtKeyOf(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret, 'utf8'));
}
