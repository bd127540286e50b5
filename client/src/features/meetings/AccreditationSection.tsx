import { accreditationSchema, type Accreditation, type Meeting } from '@leernetwerk/shared';
import { Alert, Button, Group, NumberInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { meetingsApi } from './meetingsApi';
import { useMeetingChange } from './useMeetingChange';

/**
 * The meeting's accreditation (register, number, points or hours), printed on every certificate.
 * Everyone reads it; the facilitator enters or changes it.
 */
export function AccreditationSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const headingId = useId();
  const current = meeting.accreditation;
  const [register, setRegister] = useState(current?.register ?? '');
  const [number, setNumber] = useState(current?.number ?? '');
  const [amount, setAmount] = useState<number | string>(current?.amount ?? '');
  const [unit, setUnit] = useState<Accreditation['unit']>(current?.unit ?? 'points');
  const [invalid, setInvalid] = useState(false);
  const save = useMeetingChange(meeting.id, (accreditation: Accreditation | null) =>
    meetingsApi.update(meeting.id, { accreditation }),
  );

  const submit = () => {
    const parsed = accreditationSchema.safeParse({ register, number, amount: Number(amount), unit });
    setInvalid(!parsed.success);
    if (parsed.success) save.mutate(parsed.data);
  };

  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs" maw={760}>
      <Title order={2} id={headingId}>
        {t('meetings.accreditation.heading')}
      </Title>
      <Text>
        {current
          ? t('meetings.accreditation.summary', {
              register: current.register,
              number: current.number,
              amount: current.amount.toLocaleString('nl-NL'),
              unit: t(`meetings.accreditation.units.${current.unit}`),
            })
          : t('meetings.accreditation.none')}
      </Text>
      {meeting.canManage && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack gap="xs">
            <Text size="sm">{t('meetings.accreditation.hint')}</Text>
            <TextInput
              label={t('meetings.accreditation.register')}
              description={t('meetings.accreditation.registerHint')}
              value={register}
              onChange={(event) => setRegister(event.currentTarget.value)}
            />
            <TextInput
              label={t('meetings.accreditation.number')}
              value={number}
              onChange={(event) => setNumber(event.currentTarget.value)}
            />
            <Group gap="sm" align="flex-end">
              <NumberInput
                label={t('meetings.accreditation.amount')}
                value={amount}
                onChange={setAmount}
                min={0.5}
                max={100}
                step={0.5}
                decimalScale={1}
                decimalSeparator=","
              />
              <Select
                label={t('meetings.accreditation.unit')}
                data={(['points', 'hours'] as const).map((value) => ({
                  value,
                  label: t(`meetings.accreditation.units.${value}`),
                }))}
                value={unit}
                allowDeselect={false}
                onChange={(value) => setUnit(value === 'hours' ? 'hours' : 'points')}
              />
            </Group>
            {invalid && (
              <Alert color="red" role="alert" p="xs">
                {t('meetings.accreditation.invalid')}
              </Alert>
            )}
            {save.error && (
              <Alert color="red" role="alert" p="xs">
                {errorMessage(t, save.error)}
              </Alert>
            )}
            <Group gap="sm">
              <Button type="submit" loading={save.isPending}>
                {t('meetings.accreditation.save')}
              </Button>
              {current && (
                <Button variant="default" disabled={save.isPending} onClick={() => save.mutate(null)}>
                  {t('meetings.accreditation.remove')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
