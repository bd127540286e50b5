import { registerRequestSchema, type RegisterRequest } from '@leernetwerk/shared';
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { isApiError } from '../../lib/api/ApiError';
import { errorMessage } from '../../lib/api/errorMessage';
import { session } from '../../lib/auth/session';
import { currentLanguage } from '../../lib/i18n/i18n';
import { chooseLanguage } from '../../lib/i18n/languageSync';
import { AuthCard } from './AuthCard';
import type { ReturnState } from './RequireAuth';
import {
  fieldErrorsFromServer,
  fieldErrorsFromZod,
  focusFirstInvalid,
  type AuthField,
  type FieldErrors,
} from './fieldErrors';

const errorProps = { role: 'alert' } as const;
const EMPTY: RegisterRequest = { name: '', email: '', password: '', inviteCode: '' };

export function RegisterPage() {
  const { t } = useTranslation();
  // Keeps the page a guest wanted to visit when they switch between login and register.
  const location = useLocation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<RegisterRequest>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const register = useMutation({
    mutationFn: async (request: RegisterRequest) => {
      // The language picked while registering becomes the account's language.
      const language = currentLanguage();
      const user = await session.register(request);
      if (user.locale !== language) await chooseLanguage(language);
    },
    onError: (error) => {
      const errors = serverFieldErrors(error);
      setFieldErrors(errors);
      setFormError(errors.email || errors.inviteCode ? null : errorMessage(t, error));
      focusFirstInvalid(formRef.current, errors);
    },
  });

  function serverFieldErrors(error: unknown): FieldErrors {
    if (!isApiError(error)) return {};
    if (error.code === 'EMAIL_TAKEN') return { email: errorMessage(t, error) };
    if (error.code === 'INVALID_INVITE_CODE') return { inviteCode: errorMessage(t, error) };
    if (error.code === 'VALIDATION_FAILED') return fieldErrorsFromServer(t, error.fieldIssues());
    return {};
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const parsed = registerRequestSchema.safeParse(values);
    if (!parsed.success) {
      const errors = fieldErrorsFromZod(t, parsed.error, true);
      setFieldErrors(errors);
      focusFirstInvalid(formRef.current, errors);
      return;
    }
    setFieldErrors({});
    register.mutate(parsed.data);
  }

  function fieldProps(field: AuthField) {
    return {
      name: field,
      value: values[field],
      onChange: (event: { currentTarget: HTMLInputElement }) =>
        setValues({ ...values, [field]: event.currentTarget.value }),
      error: fieldErrors[field],
      errorProps,
      required: true,
    };
  }

  return (
    <AuthCard title={t('register.title')} intro={t('register.intro')}>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          <TextInput {...fieldProps('name')} autoComplete="name" label={t('register.name')} />
          <TextInput {...fieldProps('email')} type="email" autoComplete="email" label={t('register.email')} />
          <TextInput
            {...fieldProps('password')}
            type="password"
            autoComplete="new-password"
            label={t('register.password')}
            description={t('register.passwordHint')}
          />
          <TextInput
            {...fieldProps('inviteCode')}
            autoComplete="off"
            label={t('register.inviteCode')}
            description={t('register.inviteCodeHint')}
          />
          <Button type="submit" loading={register.isPending}>
            {t('register.submit')}
          </Button>
        </Stack>
      </form>
      <Text size="sm">
        {t('register.haveAccount')}{' '}
        <Anchor component={Link} to="/inloggen" state={location.state as ReturnState | null}>
          {t('register.toLogin')}
        </Anchor>
      </Text>
    </AuthCard>
  );
}
