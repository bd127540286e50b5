import { Button, Loader, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A form's submit button that says it is busy while the form is being sent. It stays focusable
 * (aria-disabled, not disabled) so keyboard focus is not lost; the form's useSubmitOnce ignores
 * submits while one is running.
 */
export function SubmitButton({
  pending,
  children,
  ...props
}: ButtonProps & { pending: boolean; children: ReactNode; form?: string }) {
  const { t } = useTranslation();
  return (
    <Button
      type="submit"
      {...props}
      aria-disabled={pending || undefined}
      data-disabled={pending || undefined}
      leftSection={pending ? <Loader size="xs" aria-hidden="true" /> : props.leftSection}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
    >
      {pending ? t('app.sending') : children}
    </Button>
  );
}
