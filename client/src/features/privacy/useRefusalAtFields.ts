import { useEffect } from 'react';
import { isApiError } from '../../lib/api/ApiError';
import { firstPerField, type FieldErrorMap } from '../../lib/forms/useFieldErrors';
import { usePersonalDataGuard, type PersonalDataGuard } from './usePersonalDataGuard';

interface RefusalAtFieldsOptions {
  /** useFieldErrors' `show`: the first field with an error gets focus. */
  show: (errors: FieldErrorMap) => void;
  /** The form field a request path belongs to (`agenda.2.title` → `agenda.2.title`, `tables.1.prompt.text` → `tables.1`). */
  fieldOf: (path: string) => string;
  /** The form's own message for a field the server's validation refused. */
  message: (field: string) => string;
}

export interface RefusalAtFields extends PersonalDataGuard {
  /** A failure the fields cannot show (no connection, wrong state…): the form says it above its buttons. */
  elsewhere: boolean;
}

/**
 * A server refusal of a form's save, shown at the fields it is about: VALIDATION_FAILED issues with
 * the form's own messages and privacy findings with the guard's message. Focus moves to the first;
 * the writer's confirmation of a work number stays ticked for the next save.
 */
export function useRefusalAtFields(
  error: unknown,
  { show, fieldOf, message }: RefusalAtFieldsOptions,
): RefusalAtFields {
  const privacy = usePersonalDataGuard(error);
  const issues = isApiError(error) ? error.fieldIssues() : [];
  const refusedFields = (privacy.refusal?.findings.length ?? 0) > 0;

  useEffect(() => {
    if (issues.length === 0 && !refusedFields) return;
    show({
      ...firstPerField(
        issues,
        (issue) => fieldOf(issue.path),
        (_issue, field) => message(field),
      ),
      ...privacy.fieldErrors(fieldOf),
    });
    // A new error object is a new answer from the server; the callbacks only read translations.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error, show]);

  return { ...privacy, elsewhere: Boolean(error) && issues.length === 0 && !refusedFields };
}
