import { ErrorCode, findClientIdentifiers } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';

/**
 * The server's half of the privacy guard: the editor warns before posting, but a post that still
 * seems to identify a client (or comes from another client) is refused with what was found, so
 * nothing identifying is stored.
 */
export function requirePrivacySafe(fields: Record<string, string>): void {
  const details = Object.entries(fields).flatMap(([path, text]) =>
    findClientIdentifiers(text).map((finding) => ({ path, kind: finding.kind, excerpt: finding.excerpt })),
  );
  if (details.length > 0) {
    throw new ApiError(ErrorCode.PrivacyRisk, 'This text seems to identify a client; please rephrase it', details);
  }
}
