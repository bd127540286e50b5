import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmStepButtonProps {
  label: string;
  /** What happens for everyone, in one or two plain sentences. */
  question: string;
  confirmLabel: string;
  disabled: boolean;
  loading: boolean;
  variant?: string;
  onConfirm: () => void;
}

/** A step that everyone feels (a new round, the end) asks once before it happens. */
export function ConfirmStepButton({
  label,
  question,
  confirmLabel,
  disabled,
  loading,
  variant = 'filled',
  onConfirm,
}: ConfirmStepButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} disabled={disabled} loading={loading} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={label} centered>
        <Stack gap="md">
          <Text>{question}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setOpen(false)}>
              {t('cafes.cockpit.cancel')}
            </Button>
            <Button
              data-autofocus
              onClick={() => {
                setOpen(false);
                onConfirm();
              }}
            >
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
