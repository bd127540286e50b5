import type { TFunction } from 'i18next';
import { fieldPrivacyMessage } from './describeFindings';
import { findingsIn, personalDataRefusal } from './personalDataRefusal';

/**
 * The server's privacy refusal as errors at the form's own fields, for useFieldErrors: so the
 * message sits under the passage to change, focus goes there, and it goes as soon as it is edited.
 */
export function privacyFieldErrors(
  t: TFunction,
  language: string,
  error: unknown,
  fields: readonly string[],
): Record<string, string> {
  const refusal = personalDataRefusal(error);
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const message = fieldPrivacyMessage(t, language, findingsIn(refusal, field));
    if (message) errors[field] = message;
  }
  return errors;
}
