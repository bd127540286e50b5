import { ErrorCode, findClientIdentifiers, privacySeverity, type PersonalDataFinding } from '@leernetwerk/shared';
import { ApiError } from '../common/api-error';

/**
 * The one server-side privacy guard for every text others read. Client data (a `block` finding)
 * is refused with PRIVACY_RISK whatever the writer says; what looks like the writer's own work
 * number or e-mail (`confirm`) is refused with PRIVACY_CONFIRM_REQUIRED until the request carries
 * `confirmPersonalData: true`. It throws before anything is written, so a refusal stores nothing.
 */
export function requireNoClientData(fields: Record<string, string>, confirmed: boolean): void {
  const findings: PersonalDataFinding[] = Object.entries(fields).flatMap(([path, text]) =>
    findClientIdentifiers(text).map(({ kind, start, end, excerpt }) => ({
      path,
      kind,
      severity: privacySeverity(kind),
      start,
      end,
      excerpt,
    })),
  );
  if (findings.some((finding) => finding.severity === 'block')) {
    throw new ApiError(ErrorCode.PrivacyRisk, 'This text seems to identify a client; please remove that', {
      findings,
    });
  }
  if (findings.length > 0 && !confirmed) {
    throw new ApiError(
      ErrorCode.PrivacyConfirmRequired,
      'This text has a phone number or e-mail address; confirm that it is your own work contact detail',
      { findings },
    );
  }
}
