import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { FieldIssue } from '../../lib/api/ApiError';

export type AuthField = 'name' | 'email' | 'password' | 'inviteCode';
export type FieldErrors = Partial<Record<AuthField, string>>;

const FIELDS: readonly AuthField[] = ['name', 'email', 'password', 'inviteCode'];

function isAuthField(value: unknown): value is AuthField {
  return FIELDS.some((field) => field === value);
}

function issueMessage(t: TFunction, field: AuthField, code: string, passwordMinimum: boolean): string {
  const tooShort = code === 'too_small';
  const tooLong = code === 'too_big';
  switch (field) {
    case 'name':
      return t(tooLong ? 'validation.nameTooLong' : 'validation.nameRequired');
    case 'email':
      return t('validation.emailInvalid');
    case 'password':
      if (tooLong) return t('validation.passwordTooLong');
      return t(tooShort && passwordMinimum ? 'validation.passwordTooShort' : 'validation.passwordRequired');
    case 'inviteCode':
      return t(tooLong ? 'validation.inviteCodeTooLong' : 'validation.inviteCodeTooShort');
    default: {
      const unhandled: never = field;
      return unhandled;
    }
  }
}

/**
 * Turns the shared schemas' issues into one translated message per field (the first issue wins).
 * `passwordMinimum` says whether the form enforces the 10-character rule (register) or not (login).
 */
export function fieldErrorsFromZod(t: TFunction, error: z.ZodError, passwordMinimum: boolean): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (isAuthField(field) && !errors[field]) errors[field] = issueMessage(t, field, issue.code, passwordMinimum);
  }
  return errors;
}

/** The server's VALIDATION_FAILED details, shown next to the fields they are about. */
export function fieldErrorsFromServer(t: TFunction, issues: FieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.split('.')[0];
    if (isAuthField(field) && !errors[field]) errors[field] = t('validation.generic');
  }
  return errors;
}

/** Moves keyboard focus to the first field with an error, so its message is read out. */
export function focusFirstInvalid(form: HTMLFormElement | null, errors: FieldErrors): void {
  const first = FIELDS.find((field) => errors[field]);
  if (first) form?.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
}
