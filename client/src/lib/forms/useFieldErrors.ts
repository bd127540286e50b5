import { useCallback, useEffect, useRef, useState } from 'react';

export type FieldErrorMap = Readonly<Record<string, string>>;

/**
 * Errors shown at their fields. Each field's input carries `name={field}` (or `data-field={field}`
 * where the component gives its `name` to a hidden input, as Mantine's Select does); after `show` the first
 * field with an error (in the form's own order) gets keyboard focus, which also scrolls it into
 * view and makes a screen reader read its label and message. `clear` takes a field's error away as
 * soon as the person changes that field.
 */
export function useFieldErrors() {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const focusNext = useRef(false);

  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    const form = formRef.current;
    if (!form) return;
    const fields = Array.from(form.querySelectorAll<HTMLElement>('[data-field], [name]:not([type="hidden"])'));
    const nameOf = (field: HTMLElement) => field.getAttribute('data-field') ?? field.getAttribute('name') ?? '';
    fields.find((field) => errors[nameOf(field)] !== undefined)?.focus();
  }, [errors]);

  const show = useCallback((next: FieldErrorMap) => {
    focusNext.current = true;
    setErrors(next);
  }, []);

  const clear = useCallback((field: string) => {
    setErrors((current) => {
      if (current[field] === undefined) return current;
      const rest = { ...current };
      delete rest[field];
      return rest;
    });
  }, []);

  return { formRef, errors, show, clear, hasErrors: Object.keys(errors).length > 0 };
}

/** The first message per field, from zod issues or the server's VALIDATION_FAILED details. */
export function firstPerField<I>(
  issues: readonly I[],
  fieldOf: (issue: I) => string | undefined,
  messageOf: (issue: I, field: string) => string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const field = fieldOf(issue);
    if (field !== undefined && errors[field] === undefined) errors[field] = messageOf(issue, field);
  }
  return errors;
}
