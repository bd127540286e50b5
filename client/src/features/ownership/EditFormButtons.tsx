import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from '../../ui/SubmitButton';

/** "Opslaan" and "Annuleren" under an in-place edit of what someone wrote. */
export function EditFormButtons({ pending, onCancel }: { pending: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <SubmitButton size="compact-md" pending={pending}>
        {t('ownership.save')}
      </SubmitButton>
      <Button variant="default" size="compact-md" onClick={onCancel}>
        {t('ownership.cancel')}
      </Button>
    </Group>
  );
}
