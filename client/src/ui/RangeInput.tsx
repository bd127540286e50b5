import { NumberInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What a number field holds while someone types: a number, or text that is not one (yet). */
export type RangeValue = number | string;

interface RangeInputProps {
  name: string;
  label: string;
  value: RangeValue;
  range: readonly [number, number];
  error?: string;
  /** A width for a field in a row of others; it fills its place otherwise. */
  w?: number;
  onChange: (value: RangeValue) => void;
}

/**
 * A whole-number field that keeps what was typed: a number outside the range is not clamped (the
 * person would not see their number change) but refused by the form with the range in the message.
 * The range is also said in the description, so it is known before anything goes wrong.
 */
export function RangeInput({ name, label, value, range: [min, max], error, w, onChange }: RangeInputProps) {
  const { t } = useTranslation();
  return (
    <NumberInput
      name={name}
      label={label}
      description={t('validation.rangeHint', { min, max })}
      value={value}
      min={min}
      max={max}
      clampBehavior="none"
      allowDecimal={false}
      error={error}
      w={w}
      onChange={onChange}
    />
  );
}
