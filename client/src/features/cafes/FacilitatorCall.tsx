import type { Cafe } from '@leernetwerk/shared';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CafeCall } from './CafeCall';

interface FacilitatorCallProps {
  cafe: Cafe;
  meId: string;
  visit: number | null;
  onBack: () => void;
}

/** The facilitator's call: the plenary they lead, or the table they visit with the way back. */
export function FacilitatorCall({ cafe, meId, visit, onBack }: FacilitatorCallProps) {
  const { t } = useTranslation();
  return (
    <CafeCall
      cafe={cafe}
      meId={meId}
      facilitator
      visit={visit}
      actions={
        visit !== null && (
          <Button variant="default" size="compact-md" onClick={onBack}>
            {t('calls.visit.back')}
          </Button>
        )
      }
    />
  );
}
