import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface HelpfulButtonProps {
  marked: boolean;
  count: number;
  loading: boolean;
  onToggle: (helpful: boolean) => void;
}

/** A toggle "Behulpzaam" with how often others found it so; pressed when you marked it. */
export function HelpfulButton({ marked, count, loading, onToggle }: HelpfulButtonProps) {
  const { t } = useTranslation();
  return (
    <Button
      variant={marked ? 'filled' : 'default'}
      color="teal.9"
      size="compact-sm"
      aria-pressed={marked}
      aria-label={t('intervision.helpful.label', { count })}
      loading={loading}
      onClick={() => onToggle(!marked)}
    >
      {t('intervision.helpful.button')} · {count}
    </Button>
  );
}
