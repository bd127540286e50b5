import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldPrivacyMessage } from './describeFindings';
import { findingsIn, personalDataRefusal } from './personalDataRefusal';

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
    fieldErrors: (fieldOf: (path: string) => string): Record<string, string> => {
      const fields = new Set((refusal?.findings ?? []).map((finding) => fieldOf(finding.path)));
      const errors: Record<string, string> = {};
      for (const field of fields) {
        const findings = (refusal?.findings ?? []).filter((finding) => fieldOf(finding.path) === field);
        const message = fieldPrivacyMessage(t, i18n.language, findings);
        if (message) errors[field] = message;
      }
      return errors;
    },
  };
}

export type PersonalDataGuard = ReturnType<typeof usePersonalDataGuard>;
