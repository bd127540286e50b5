import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { firstPerField, useFieldErrors } from '../../lib/forms/useFieldErrors';
import { fieldPrivacyMessage } from '../privacy/describeFindings';
import { usePersonalDataGuard } from '../privacy/usePersonalDataGuard';
import { serverFieldErrors } from './serverFieldErrors';

interface Issue {
  readonly path: readonly PropertyKey[];
}

/**
 * The errors of a statements form, all shown at their field through useFieldErrors (so the first
 * gets focus and each goes away once its field changes): the form's own zod check, the server's
 * VALIDATION_FAILED, and the privacy guard's findings. `messages` names the fields the form shows,
 * with the message for a field that is not filled in well; each field's input carries `name={field}`.
 */
export function useGuardedFieldErrors<F extends string>(error: unknown, messages: Readonly<Record<F, string>>) {
  const { t, i18n } = useTranslation();
  const { formRef, errors, show, clear } = useFieldErrors();
  const privacy = usePersonalDataGuard(error);
  const fieldOf = (name: unknown): F | undefined =>
    typeof name === 'string' && Object.hasOwn(messages, name) ? (name as F) : undefined;

  const clearAll = useCallback(() => show({}), [show]);
  const serverErrors = (failure: unknown) =>
    serverFieldErrors(failure, messages, (findings) => fieldPrivacyMessage(t, i18n.language, findings));

  return {
    formRef,
    errors: errors as Partial<Record<F, string>>,
    clear: clear as (field: F) => void,
    privacy,
    /** The form's own check failed: its issues at their fields. */
    showInvalid: (issues: readonly Issue[]) =>
      show(
        firstPerField(
          issues,
          (issue) => fieldOf(issue.path[0]),
          (_issue, field) => messages[field as F],
        ),
      ),
    /** A new attempt starts: old messages go. */
    clearAll,
    /** The server refused: its reasons at their fields. */
    showServerError: (failure: unknown) => show(serverErrors(failure)),
    /** The last attempt failed for a reason no field shows (offline, no right): the form says it once, above its button. */
    unplaced: Boolean(error) && Object.keys(serverErrors(error)).length === 0,
  };
}
