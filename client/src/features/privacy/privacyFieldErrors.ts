import type { PersonalDataFinding } from '@leernetwerk/shared';
import type { TFunction } from 'i18next';
import { fieldPrivacyMessage } from './describeFindings';
import { personalDataRefusal, type PersonalDataRefusal } from './personalDataRefusal';

/**
 * The privacy guard's findings as one message per form field. `fieldOf` names the form field a
 * request path belongs to (`tables.1.prompt.text` → `tables.1`), or undefined for one the form
 * does not show.
 */
export function privacyMessagesByField(
  t: TFunction,
  language: string,
  refusal: PersonalDataRefusal | null,
  fieldOf: (path: string) => string | undefined,
): Record<string, string> {
  const findingsByField = new Map<string, PersonalDataFinding[]>();
  for (const finding of refusal?.findings ?? []) {
    const field = fieldOf(finding.path);
    if (field !== undefined) findingsByField.set(field, [...(findingsByField.get(field) ?? []), finding]);
  }
  const errors: Record<string, string> = {};
  for (const [field, findings] of findingsByField) {
    const message = fieldPrivacyMessage(t, language, findings);
    if (message) errors[field] = message;
  }
  return errors;
}

/** The form field among `fields` that a request path is in (`text` also holds `text.0`). */
export const fieldAmong =
  (fields: readonly string[]) =>
  (path: string): string | undefined =>
    fields.find((field) => path === field || path.startsWith(`${field}.`));

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
  return privacyMessagesByField(t, language, personalDataRefusal(error), fieldAmong(fields));
}
