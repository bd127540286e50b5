import { Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonalDataRefusal } from './personalDataRefusal';

interface ConfirmWorkContactProps {
  refusal: PersonalDataRefusal | null;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/**
 * "Dit is mijn eigen werknummer/werkadres": shown once the server asks for it, and kept while
 * ticked, so the next save carries `confirmPersonalData`.
 */
export function ConfirmWorkContact({ refusal, checked, onChange }: ConfirmWorkContactProps) {
  const { t } = useTranslation();
  if (!refusal?.needsConfirmation && !checked) return null;
  return (
    <Checkbox
      label={t('personalData.confirmLabel')}
      checked={checked}
      onChange={(event) => onChange(event.currentTarget.checked)}
    />
  );
}
