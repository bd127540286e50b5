import type { PersonalDataFinding } from '@leernetwerk/shared';
import { isApiError } from '../../lib/api/ApiError';
import { firstPerField } from '../../lib/forms/useFieldErrors';
import { findingsIn, personalDataRefusal } from '../privacy/personalDataRefusal';

/**
 * What a failed save says per form field: the privacy guard's findings when it refused, otherwise
 * the VALIDATION_FAILED issues (a nested path such as `text.0` counts for `text`). Only the fields
 * in `messages` count; an empty answer means the failure belongs to no field the form shows.
 */
export function serverFieldErrors(
  failure: unknown,
  messages: Readonly<Record<string, string>>,
  privacyMessage: (findings: PersonalDataFinding[]) => string | undefined,
): Record<string, string> {
  const shown = (name: string | undefined) => (name !== undefined && Object.hasOwn(messages, name) ? name : undefined);
  const refusal = personalDataRefusal(failure);
  if (refusal) {
    const found: Record<string, string> = {};
    for (const field of Object.keys(messages)) {
      const message = privacyMessage(findingsIn(refusal, field));
      if (message !== undefined) found[field] = message;
    }
    return found;
  }
  if (!isApiError(failure)) return {};
  return firstPerField(
    failure.fieldIssues(),
    (issue) => shown(issue.path.split('.')[0]),
    (_issue, field) => messages[field] ?? '',
  );
}
