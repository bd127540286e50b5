import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ToggleButtonProps {
  label: string;
  on: boolean;
  disabled?: boolean;
  onToggle: () => void;
}

/** An on/off button: a steady name for screen readers (with aria-pressed) and the state in words for the eye. */
export function ToggleButton({ label, on, disabled, onToggle }: ToggleButtonProps) {
  const { t } = useTranslation();
  return (
    <Button aria-pressed={on} variant={on ? 'filled' : 'default'} disabled={disabled} onClick={onToggle}>
      {label}
      <Text span inherit aria-hidden ml={4}>
        {on ? t('calls.controls.on') : t('calls.controls.off')}
      </Text>
    </Button>
  );
}
