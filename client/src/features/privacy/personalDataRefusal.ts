import { personalDataRefusalDetailsSchema, type PersonalDataFinding } from '@leernetwerk/shared';
import { isApiError } from '../../lib/api/ApiError';

/** The server's privacy answer to a save: client data refused, or a work contact detail to confirm. */
export interface PersonalDataRefusal {
  /** PRIVACY_CONFIRM_REQUIRED: only likely own work contact details, stored once confirmed. */
  needsConfirmation: boolean;
  findings: PersonalDataFinding[];
}

/** The refusal in a failed request, or null when the request failed for another reason (or not at all). */
export function personalDataRefusal(error: unknown): PersonalDataRefusal | null {
  if (!isApiError(error)) return null;
  if (error.code !== 'PRIVACY_RISK' && error.code !== 'PRIVACY_CONFIRM_REQUIRED') return null;
  const details = personalDataRefusalDetailsSchema.safeParse(error.details);
  return {
    needsConfirmation: error.code === 'PRIVACY_CONFIRM_REQUIRED',
    findings: details.success ? details.data.findings : [],
  };
}

/** The findings in one form field (`tables` also covers `tables.1.prompt.text`). */
export function findingsIn(refusal: PersonalDataRefusal | null, field: string): PersonalDataFinding[] {
  return (refusal?.findings ?? []).filter((finding) => finding.path === field || finding.path.startsWith(`${field}.`));
}

/** Whether some findings are in fields the form does not show, so it must say so elsewhere. */
export function hasUnplacedFindings(refusal: PersonalDataRefusal | null, fields: readonly string[]): boolean {
  if (!refusal) return false;
  if (refusal.findings.length === 0) return true;
  return refusal.findings.some((finding) => !fields.some((field) => findingsIn(refusal, field).includes(finding)));
}
