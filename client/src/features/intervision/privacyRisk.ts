import { personalDataRefusal } from '../privacy/personalDataRefusal';
import type { FieldFinding } from './usePrivacyFindings';

/** The client data a PRIVACY_RISK answer found; empty for any other error (a confirm question included). */
export function privacyRiskFindings(error: unknown): FieldFinding[] {
  const refusal = personalDataRefusal(error);
  if (!refusal || refusal.needsConfirmation) return [];
  return refusal.findings
    .filter((finding) => finding.severity === 'block')
    .map(({ path, kind, excerpt }) => ({ path, kind, excerpt }));
}
