import { userSchema, type User } from '@leernetwerk/shared';
import { api } from '../api/apiClient';
import { session } from '../auth/session';
import { applyLanguage, type Language } from './i18n';

/** On login or session restore the language saved in the account wins over this device's choice. */
export async function adoptUserLanguage(user: User): Promise<void> {
  await applyLanguage(user.locale);
}

/** Applies a language picked in the interface and, when logged in, saves it in the account. */
export async function chooseLanguage(language: Language): Promise<void> {
  await applyLanguage(language);
  const state = session.getState();
  if (state.status !== 'authenticated' || state.user.locale === language) return;
  try {
    session.updateUser(await api.send('PATCH', '/me', { locale: language }, userSchema));
  } catch {
    // The interface already switched; the account keeps its old language until the next choice.
  }
}
