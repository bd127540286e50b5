import type { PasswordProblem } from '@leernetwerk/shared';
import type { TFunction } from 'i18next';

/** Why a password is refused, in words a person can act on. */
export function passwordProblemMessage(t: TFunction, problem: PasswordProblem): string {
  switch (problem) {
    case 'too-short':
      return t('validation.passwordTooShort');
    case 'too-long':
      return t('validation.passwordTooLong');
    case 'common-password':
      return t('validation.passwordProblem.commonPassword');
    case 'common-word':
      return t('validation.passwordProblem.commonWord');
    case 'name':
      return t('validation.passwordProblem.name');
    case 'personal-info':
      return t('validation.passwordProblem.personalInfo');
    case 'keyboard-pattern':
      return t('validation.passwordProblem.keyboardPattern');
    case 'repetition':
      return t('validation.passwordProblem.repetition');
    case 'sequence':
      return t('validation.passwordProblem.sequence');
    case 'date':
      return t('validation.passwordProblem.date');
    case 'guessable':
      return t('validation.passwordProblem.guessable');
    default: {
      const unhandled: never = problem;
      return unhandled;
    }
  }
}
