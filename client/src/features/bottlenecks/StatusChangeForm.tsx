import {
  BOTTLENECK_LIMITS,
  BOTTLENECK_STATUSES,
  changeBottleneckStatusRequestSchema,
  type Bottleneck,
} from '@leernetwerk/shared';
import { Alert, Button, Group, NativeSelect, Stack, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api/errorMessage';
import { ConfirmWorkContact } from '../privacy/ConfirmWorkContact';
import { usePersonalDataGuard } from '../privacy/usePersonalDataGuard';
import { refusalOf } from './refusal';
import { useChangeBottleneckStatus } from './useBottleneckMutations';

interface FieldErrors {
  status?: string;
  explanation?: string;
}

/** For facilitators: the next status with an explanation everyone sees on the timeline. */
export function StatusChangeForm({ bottleneck }: { bottleneck: Bottleneck }) {
  const { t } = useTranslation();
  const change = useChangeBottleneckStatus(bottleneck.id);
  const [status, setStatus] = useState('');
  const [explanation, setExplanation] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const refusal = refusalOf(change.error);
  const privacy = usePersonalDataGuard(change.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = changeBottleneckStatusRequestSchema.safeParse({ status, explanation, ...privacy.confirmation });
    if (!parsed.success) {
      const paths = new Set(parsed.error.issues.map((issue) => issue.path[0]));
      return setErrors({
        status: paths.has('status') ? t('bottlenecks.manage.statusRequired') : undefined,
        explanation: paths.has('explanation') ? t('bottlenecks.manage.explanationInvalid') : undefined,
      });
    }
    setErrors({});
    change.mutate(parsed.data, {
      onSuccess: () => {
        setStatus('');
        setExplanation('');
        privacy.setConfirmed(false);
      },
    });
  }

  return (
    <Stack gap="xs" component="section" aria-labelledby="bottleneck-status-heading">
      <Title order={2} size="h4" id="bottleneck-status-heading">
        {t('bottlenecks.manage.statusHeading')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="xs" maw={560}>
          <NativeSelect
            label={t('bottlenecks.manage.newStatus')}
            value={status}
            onChange={(event) => {
              setStatus(event.currentTarget.value);
              change.reset();
            }}
            data={[
              { value: '', label: t('bottlenecks.manage.chooseStatus') },
              ...BOTTLENECK_STATUSES.filter((value) => value !== bottleneck.status).map((value) => ({
                value,
                label: t(`bottlenecks.status.${value}`),
              })),
            ]}
            error={errors.status}
            errorProps={{ role: 'alert' }}
            required
          />
          <Textarea
            label={t('bottlenecks.manage.explanation')}
            description={t('bottlenecks.manage.explanationHint')}
            value={explanation}
            maxLength={BOTTLENECK_LIMITS.explanationMax}
            autosize
            minRows={2}
            onChange={(event) => setExplanation(event.currentTarget.value)}
            error={errors.explanation ?? privacy.messageFor('explanation')}
            errorProps={{ role: 'alert' }}
            required
          />
          <ConfirmWorkContact refusal={privacy.refusal} checked={privacy.confirmed} onChange={privacy.setConfirmed} />
          {change.isError && !privacy.refusal && (
            <Alert color="red" role="alert">
              {refusal ? t(`bottlenecks.manage.refusals.${refusal}`) : errorMessage(t, change.error)}
            </Alert>
          )}
          {change.isSuccess && (
            <Alert color="green" role="status">
              {t('bottlenecks.manage.statusChanged')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t('bottlenecks.manage.submitStatus')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
