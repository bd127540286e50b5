import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldPrivacyMessage } from './describeFindings';
import { findingsIn, personalDataRefusal } from './personalDataRefusal';
import { privacyMessagesByField } from './privacyFieldErrors';

/**
 * What a form needs for the server's privacy answer: the refusal in its mutation's error, the
 * message under each field, and the writer's confirmation to send with the next save.
 */
export function usePersonalDataGuard(error: unknown) {
  const { t, i18n } = useTranslation();
  const [confirmed, setConfirmed] = useState(false);
  const refusal = personalDataRefusal(error);
  return {
    refusal,
    confirmed,
    setConfirmed,
    confirmation: confirmed ? { confirmPersonalData: true } : {},
    messageFor: (field: string) => fieldPrivacyMessage(t, i18n.language, findingsIn(refusal, field)),
    /**
     * One message per form field, for forms whose fields are not one request field each:
     * `fieldOf('tables.1.prompt.text')` names the form field (`tables.1`) a finding belongs to.
     */
    fieldErrors: (fieldOf: (path: string) => string): Record<string, string> =>
      privacyMessagesByField(t, i18n.language, refusal, fieldOf),
  };
}

export type PersonalDataGuard = ReturnType<typeof usePersonalDataGuard>;
