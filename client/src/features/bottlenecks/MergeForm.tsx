import { BOTTLENECK_LIMITS, mergeBottleneckRequestSchema, type Bottleneck } from '@leernetwerk/shared';
import { Alert, Button, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../lib/api/errorMessage';
import { useBottlenecks } from './queries';
import { useMergeBottleneck } from './useBottleneckMutations';

const ALL = {};

/** For facilitators: merge this duplicate into the bottleneck that stays, then go there. */
export function MergeForm({ bottleneck }: { bottleneck: Bottleneck }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const register = useBottlenecks(ALL);
  const merge = useMergeBottleneck(bottleneck.id);
  const [intoId, setIntoId] = useState<string | null>(null);
  const [explanation, setExplanation] = useState('');
  const [intoError, setIntoError] = useState<string | undefined>();
  const options = (register.data ?? [])
    .filter((item) => item.id !== bottleneck.id)
    .map((item) => ({ value: item.id, label: item.title }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = mergeBottleneckRequestSchema.safeParse({ intoId, explanation });
    if (!parsed.success) return setIntoError(t('bottlenecks.manage.mergeIntoRequired'));
    setIntoError(undefined);
    merge.mutate(parsed.data, { onSuccess: (kept) => void navigate(`/knelpunten/${kept.id}`) });
  }

  return (
    <Stack gap="xs" component="section" aria-labelledby="bottleneck-merge-heading">
      <Title order={2} size="h4" id="bottleneck-merge-heading">
        {t('bottlenecks.manage.mergeHeading')}
      </Title>
      <Text maw={560}>{t('bottlenecks.manage.mergeIntro')}</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="xs" maw={560}>
          <Select
            label={t('bottlenecks.manage.mergeInto')}
            placeholder={t('bottlenecks.manage.mergeIntoPlaceholder')}
            data={options}
            value={intoId}
            onChange={setIntoId}
            searchable
            limit={50}
            nothingFoundMessage={t('bottlenecks.list.empty')}
            error={intoError}
            errorProps={{ role: 'alert' }}
            required
          />
          <Textarea
            label={t('bottlenecks.manage.mergeExplanation')}
            description={t('bottlenecks.manage.mergeExplanationHint')}
            value={explanation}
            maxLength={BOTTLENECK_LIMITS.explanationMax}
            autosize
            minRows={2}
            onChange={(event) => setExplanation(event.currentTarget.value)}
          />
          {(merge.isError || register.isError) && (
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
