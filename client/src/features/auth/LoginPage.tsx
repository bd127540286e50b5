import { formatNetworkTime, loginRequestSchema, type LoginRequest } from '@leernetwerk/shared';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { isApiError } from '../../lib/api/ApiError';
import { errorMessage } from '../../lib/api/errorMessage';
import { session } from '../../lib/auth/session';
import { useSession } from '../../lib/auth/useSession';
import { adoptUserLanguage } from '../../lib/i18n/languageSync';
import { AuthCard } from './AuthCard';
import type { ReturnState } from './RequireAuth';
import { fieldErrorsFromZod, focusFirstInvalid, type FieldErrors } from './fieldErrors';

const errorProps = { role: 'alert' } as const;

/** The clock time from which a refused login may be tried again, when the server said so. */
function retryTime(error: unknown, language: string): string | null {
  if (!isApiError(error) || error.code !== 'TOO_MANY_FAILED_LOGINS') return null;
  const seconds: unknown = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (typeof seconds !== 'number') return null;
  return formatNetworkTime(new Date(Date.now() + seconds * 1000), language, 'time');
}

export function LoginPage() {
  const { t, i18n } = useTranslation();
  // Keeps the page a guest wanted to visit when they switch between login and register.
  const location = useLocation();
  const state = useSession();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<LoginRequest>({ email: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  // GuestOnly sends the user on once the session becomes authenticated.
  const login = useMutation({
    mutationFn: async (request: LoginRequest) => {
      await adoptUserLanguage(await session.login(request));
    },
  });

  const retryAt = login.isError ? retryTime(login.error, i18n.language) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = loginRequestSchema.safeParse(values);
    if (!parsed.success) {
      const errors = fieldErrorsFromZod(t, parsed.error, false);
      setFieldErrors(errors);
      focusFirstInvalid(formRef.current, errors);
      return;
    }
    setFieldErrors({});
    login.mutate(parsed.data);
  }

  return (
    <AuthCard title={t('login.title')} intro={t('login.intro')}>
      {state.status === 'guest' && state.reason === 'deleted' && (
        <Alert color="green" role="status">
          {t('login.accountDeleted')}
        </Alert>
      )}
      {state.status === 'guest' && state.reason === 'blocked' && (
        <Alert color="red" role="alert">
          {t('errors.ACCOUNT_DISABLED')}
        </Alert>
      )}
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          {login.isError && (
            <Alert color="red" role="alert">
              {errorMessage(t, login.error)}
              {retryAt && ` ${t('login.retryAt', { time: retryAt })}`}
            </Alert>
          )}
          <TextInput
            name="email"
            type="email"
            autoComplete="email"
            label={t('login.email')}
            value={values.email}
            onChange={(event) => setValues({ ...values, email: event.currentTarget.value })}
            error={fieldErrors.email}
            errorProps={errorProps}
            required
          />
          <TextInput
            name="password"
            type="password"
            autoComplete="current-password"
            label={t('login.password')}
            value={values.password}
            onChange={(event) => setValues({ ...values, password: event.currentTarget.value })}
            error={fieldErrors.password}
            errorProps={errorProps}
            required
          />
          <Button type="submit" loading={login.isPending}>
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
      <Text size="sm">
        {t('login.noAccount')}{' '}
        <Anchor component={Link} to="/registreren" state={location.state as ReturnState | null}>
          {t('login.toRegister')}
        </Anchor>
      </Text>
    </AuthCard>
  );
}
