import {
  PASSWORD_MIN_LENGTH,
  registerRequestSchema,
  weakPasswordDetailsSchema,
  type RegisterRequest,
} from '@leernetwerk/shared';
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
import { passwordProblemMessage } from './passwordProblemMessage';
import { usePasswordChecker } from './usePasswordChecker';

const errorProps = { role: 'alert' } as const;
// Feedback while typing is read out when the typist pauses, not as an interruption.
const liveErrorProps = { 'aria-live': 'polite' } as const;
const EMPTY: RegisterRequest = { name: '', email: '', password: '', inviteCode: '' };

export function RegisterPage() {
  const { t } = useTranslation();
  // Keeps the page a guest wanted to visit when they switch between login and register.
  const location = useLocation();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<RegisterRequest>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const checker = usePasswordChecker();
  const passwordProblem = checker?.problemOf(values.password, { name: values.name, email: values.email }) ?? null;
  // Judged once the password is long enough to be judged, so nobody is scolded for the first letters.
  const judged = values.password.length >= PASSWORD_MIN_LENGTH;

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
      setFormError(errors.email || errors.inviteCode || errors.password ? null : errorMessage(t, error));
      focusFirstInvalid(formRef.current, errors);
    },
  });

  function serverFieldErrors(error: unknown): FieldErrors {
    if (!isApiError(error)) return {};
    if (error.code === 'EMAIL_TAKEN') return { email: errorMessage(t, error) };
    if (error.code === 'INVALID_INVITE_CODE') return { inviteCode: errorMessage(t, error) };
    if (error.code === 'VALIDATION_FAILED') return fieldErrorsFromServer(t, error.fieldIssues());
    if (error.code === 'WEAK_PASSWORD') {
      const details = weakPasswordDetailsSchema.safeParse(error.details);
      return { password: details.success ? passwordProblemMessage(t, details.data.reason) : errorMessage(t, error) };
    }
    return {};
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const parsed = registerRequestSchema.safeParse(values);
    if (!parsed.success || passwordProblem) {
      const errors = parsed.success ? {} : fieldErrorsFromZod(t, parsed.error, true);
      if (passwordProblem) errors.password ??= passwordProblemMessage(t, passwordProblem);
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
      onChange: (event: { currentTarget: HTMLInputElement }) => {
        setValues({ ...values, [field]: event.currentTarget.value });
        // A changed password is judged afresh while typing, not by the message of the last attempt.
        if (field === 'password' && fieldErrors.password) setFieldErrors({ ...fieldErrors, password: undefined });
      },
      error: fieldErrors[field],
      errorProps,
      required: true,
    };
  }

  /** The submitted error if there is one, else what the checker says while typing. */
  function passwordFeedback() {
    if (fieldErrors.password)
      return { error: fieldErrors.password, errorProps, description: t('register.passwordHint') };
    if (judged && passwordProblem) {
      return {
        error: passwordProblemMessage(t, passwordProblem),
        errorProps: liveErrorProps,
        description: t('register.passwordHint'),
      };
    }
    const strong = judged && checker !== null;
    return { description: t(strong ? 'validation.passwordStrong' : 'register.passwordHint') };
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
            {...passwordFeedback()}
            type="password"
            autoComplete="new-password"
            label={t('register.password')}
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
