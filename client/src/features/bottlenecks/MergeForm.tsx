import { BOTTLENECK_LIMITS, mergeBottleneckRequestSchema, type Bottleneck } from '@leernetwerk/shared';
import { Alert, Button, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../lib/api/errorMessage';
import { useFieldErrors } from '../../lib/forms/useFieldErrors';
import { ConfirmWorkContact } from '../privacy/ConfirmWorkContact';
import { privacyFieldErrors } from '../privacy/privacyFieldErrors';
import { usePersonalDataGuard } from '../privacy/usePersonalDataGuard';
import { useBottlenecks } from './queries';
import { useMergeBottleneck } from './useBottleneckMutations';

const ALL = {};

/** For facilitators: merge this duplicate into the bottleneck that stays, then go there. */
export function MergeForm({ bottleneck }: { bottleneck: Bottleneck }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const register = useBottlenecks(ALL);
  const merge = useMergeBottleneck(bottleneck.id);
  const [intoId, setIntoId] = useState<string | null>(null);
  const [explanation, setExplanation] = useState('');
  const { formRef, errors, show, clear } = useFieldErrors();
  const guard = usePersonalDataGuard(merge.error);
  const options = (register.data ?? [])
    .filter((item) => item.id !== bottleneck.id)
    .map((item) => ({ value: item.id, label: item.title }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = mergeBottleneckRequestSchema.safeParse({ intoId, explanation, ...guard.confirmation });
    if (!parsed.success) return show({ intoId: t('bottlenecks.manage.mergeIntoRequired') });
    show({});
    merge.mutate(parsed.data, {
      onSuccess: (kept) => void navigate(`/knelpunten/${kept.id}`),
      onError: (error) => show(privacyFieldErrors(t, i18n.language, error, ['explanation'])),
    });
  }

  return (
    <Stack gap="xs" component="section" aria-labelledby="bottleneck-merge-heading">
      <Title order={2} size="h4" id="bottleneck-merge-heading">
        {t('bottlenecks.manage.mergeHeading')}
      </Title>
      <Text maw={560}>{t('bottlenecks.manage.mergeIntro')}</Text>
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="xs" maw={560}>
          <Select
            data-field="intoId"
            label={t('bottlenecks.manage.mergeInto')}
            placeholder={t('bottlenecks.manage.mergeIntoPlaceholder')}
            data={options}
            value={intoId}
            onChange={(value) => {
              setIntoId(value);
              clear('intoId');
            }}
            searchable
            limit={50}
            nothingFoundMessage={t('bottlenecks.list.empty')}
            error={errors.intoId}
            errorProps={{ role: 'alert' }}
            required
          />
          <Textarea
            name="explanation"
            label={t('bottlenecks.manage.mergeExplanation')}
            description={t('bottlenecks.manage.mergeExplanationHint')}
            value={explanation}
            maxLength={BOTTLENECK_LIMITS.explanationMax}
            autosize
            minRows={2}
            onChange={(event) => {
              setExplanation(event.currentTarget.value);
              clear('explanation');
            }}
            error={errors.explanation}
            errorProps={{ role: 'alert' }}
          />
          <ConfirmWorkContact refusal={guard.refusal} checked={guard.confirmed} onChange={guard.setConfirmed} />
          {((merge.isError && !guard.refusal) || register.isError) && (
            <Alert color="red" role="alert">
              {errorMessage(t, merge.error ?? register.error)}
            </Alert>
          )}
          <Group>
            <Button type="submit" variant="default" loading={merge.isPending}>
              {t('bottlenecks.manage.submitMerge')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
